package io.github.objectregistry.autoconfigure.reactiveapp;

import io.github.objectregistry.RegisterSerializable;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
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
