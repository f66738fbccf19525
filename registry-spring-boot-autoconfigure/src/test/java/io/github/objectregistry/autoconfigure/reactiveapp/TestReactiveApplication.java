package io.github.objectregistry.autoconfigure.reactiveapp;

import java.util.HashMap;
import java.util.Map;

import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.web.reactive.ReactiveRequestCustomObjects;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/** A small WebFlux application that reads envelopes from request bodies. */
@SpringBootApplication
public class TestReactiveApplication {

    public interface Shape {
    }

    @RegisterSerializable("web")
    public record Circle(double radius) implements Shape {
    }

    /**
     * Whatever the X-Greeting header says is visible as "greeting" for that request only; X-Circle makes
     * "web>Circle" read as a {@link ScopeHandlers.BigCircle}.
     */
    @Bean
    ReactiveRequestCustomObjects fromHeaders() {
        return (exchange) -> {
            HttpHeaders headers = exchange.getRequest().getHeaders();
            Map<String, Object> objects = new HashMap<>();
            if (headers.getFirst("X-Greeting") != null) {
                objects.put("greeting", headers.getFirst("X-Greeting"));
            }
            if (headers.getFirst("X-Circle") != null) {
                objects.put("web>Circle", ScopeHandlers.BigCircle.class);
            }
            return Mono.just(objects);
        };
    }

    @RestController
    static class ShapeController {

        @PostMapping("/shapes/double")
        Mono<Shape> doubleShape(@RequestBody Mono<Shape> shape) {
            return shape.map((read) -> new Circle(((Circle) read).radius() * 2));
        }
    }

    /** Handles unreadable bodies itself, as an application may: that handler must win over the starter's. */
    @RestController
    static class OwnHandlerController {

        @PostMapping("/own-handler/shapes")
        Mono<Shape> echo(@RequestBody Mono<Shape> shape) {
            return shape;
        }

        @ExceptionHandler
        ResponseEntity<String> unreadable(ServerWebInputException ex) {
            return ResponseEntity.unprocessableContent().body("handled by the controller");
        }
    }
}
