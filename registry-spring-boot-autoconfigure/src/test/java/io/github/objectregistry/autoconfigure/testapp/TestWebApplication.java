package io.github.objectregistry.autoconfigure.testapp;

import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.web.RequestCustomObjects;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A small web application that pokes at the request scope from its handlers. */
@SpringBootApplication
public class TestWebApplication {

    public interface Shape {

        double area();
    }

    @RegisterSerializable("web")
    public record Circle(double radius) implements Shape {

        @Override
        public double area() {
            return Math.PI * this.radius * this.radius;
        }
    }

    @RegisterSerializable("web")
    public record Rectangle(double width, double height) implements Shape {

        @Override
        public double area() {
            return this.width * this.height;
        }
    }

    /** Whatever the X-Greeting header says is visible as "greeting" for that request only. */
    @Bean
    RequestCustomObjects greetingFromHeader() {
        return (request) -> (request.getHeader("X-Greeting") != null)
                ? Map.of("greeting", request.getHeader("X-Greeting")) : Map.of();
    }

    /** Handles unreadable bodies itself, as an application may: that handler must win over the starter's. */
    @RestController
    static class OwnHandlerController {

        @PostMapping("/own-handler/shapes")
        Shape echo(@RequestBody Shape shape) {
            return shape;
        }

        @ExceptionHandler
        ResponseEntity<String> unreadable(HttpMessageNotReadableException ex) {
            return ResponseEntity.unprocessableContent().body("handled by the controller");
        }
    }

    @RestController
    static class ScopeController {

        private final ObjectRegistry registry;

        ScopeController(ObjectRegistry registry) {
            this.registry = registry;
        }

        @PostMapping("/custom-objects/{value}")
        String put(@PathVariable String value) {
            this.registry.getCustomObjects().put("leaky", value);
            return String.valueOf(this.registry.getRegisteredObject("leaky"));
        }

        @GetMapping("/custom-objects")
        String get() {
            return String.valueOf(this.registry.getRegisteredObject("leaky"));
        }

        @GetMapping("/thread")
        String thread() {
            return Thread.currentThread().getName();
        }

        @GetMapping("/scope-depth")
        int depth() {
            return this.registry.scopeDepth();
        }

        @GetMapping("/greeting")
        String greeting() {
            return String.valueOf(this.registry.getRegisteredObject("greeting"));
        }

        /** Opens a scope, writes into it, and fails before closing anything. */
        @PostMapping("/fail-halfway")
        String failHalfway() {
            this.registry.customObjectScope(Map.of("leaky", "from-failed-request"));
            this.registry.getCustomObjects().put("greeting", "from-failed-request");
            throw new IllegalStateException("handler failed halfway");
        }

        @PostMapping("/shapes/double")
        Shape doubleShape(@RequestBody Shape shape) {
            if (shape instanceof Circle circle) {
                return new Circle(circle.radius() * 2);
            }
            Rectangle rectangle = (Rectangle) shape;
            return new Rectangle(rectangle.width() * 2, rectangle.height() * 2);
        }
    }
}
