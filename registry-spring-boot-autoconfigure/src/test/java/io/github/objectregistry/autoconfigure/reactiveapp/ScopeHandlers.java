package io.github.objectregistry.autoconfigure.reactiveapp;

import java.time.Duration;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.reactiveapp.TestReactiveApplication.Shape;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** WebFlux handlers that poke at the request's scope: in the handler, on other schedulers, after a body. */
@RestController
class ScopeHandlers {

    private final ObjectRegistry registry;

    private final ScopedGreetings greetings;

    ScopeHandlers(ObjectRegistry registry, ScopedGreetings greetings) {
        this.registry = registry;
        this.greetings = greetings;
    }

    @PostMapping("/custom-objects/{value}")
    String put(@PathVariable String value) {
        this.registry.getCustomObjects().put("leaky", value);
        return lookup("leaky");
    }

    /** The same put, in a handler that runs once the request body has arrived. */
    @PostMapping("/custom-objects-after-body/{value}")
    Mono<String> putAfterBody(@PathVariable String value, @RequestBody Map<String, Object> body) {
        return Mono.just(put(value));
    }

    @GetMapping("/custom-objects")
    String get() {
        return lookup("leaky");
    }

    @PostMapping("/scanned/replace")
    String replaceScannedName() {
        this.registry.getCustomObjects().put("web>Circle", Square.class);
        return lookup("web>Circle");
    }

    @GetMapping("/greeting")
    String greeting() {
        return lookup("greeting");
    }

    @GetMapping("/greeting/elastic")
    Mono<String> greetingOnBoundedElastic() {
        return Mono.fromCallable(() -> lookup("greeting")).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/scope-depth")
    int depth() {
        return this.registry.scopeDepth();
    }

    @PostMapping("/shapes/type")
    Mono<String> shapeType(@RequestBody Mono<Shape> shape) {
        return shape.map((read) -> read.getClass().getSimpleName());
    }

    @GetMapping("/annotated/elastic")
    Mono<String> annotatedOnBoundedElastic() {
        return this.greetings.onBoundedElastic();
    }

    @GetMapping("/annotated/flux")
    Mono<String> annotatedFlux() {
        return this.greetings.twice().collectList().map(String::valueOf);
    }

    /**
     * The load test's handler: puts this request's id, lets other requests run ({@code delayMs}), then reads it
     * back in the handler and on boundedElastic; {@code fail} makes it fail after the put.
     */
    @GetMapping("/isolation/{id}")
    Mono<String> isolation(@PathVariable String id, @RequestParam(defaultValue = "0") long delayMs,
            @RequestParam(defaultValue = "false") boolean fail) {
        this.registry.getCustomObjects().put("request-id", id);
        String seen = lookup("request-id") + "," + lookup("greeting");
        if (fail) {
            return Mono.error(new IllegalStateException("handler failed on purpose"));
        }
        return Mono.delay(Duration.ofMillis(delayMs))
            .publishOn(Schedulers.boundedElastic())
            .map((tick) -> seen + "|" + lookup("request-id") + "," + lookup("greeting"));
    }

    private String lookup(String name) {
        return lookup(this.registry, name);
    }

    /** What a name resolves to: a class by its simple name, anything else as a string, {@code null} if unknown. */
    static String lookup(ObjectRegistry registry, String name) {
        Object target = registry.getRegisteredObject(name);
        return (target instanceof Class<?> type) ? type.getSimpleName() : String.valueOf(target);
    }

    /** Takes a scanned name's place in a request's scope. */
    record Square(double side) implements Shape {
    }

    /** What an override of {@code web>Circle} reads a circle's envelope as. */
    record BigCircle(double radius) implements Shape {
    }
}
