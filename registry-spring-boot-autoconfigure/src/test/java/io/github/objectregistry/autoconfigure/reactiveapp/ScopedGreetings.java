package io.github.objectregistry.autoconfigure.reactiveapp;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/** Reactive methods whose {@code @WithCustomObjects} scope must reach the operators on other threads. */
@Service
public class ScopedGreetings {

    private final ObjectRegistry registry;

    ScopedGreetings(ObjectRegistry registry) {
        this.registry = registry;
    }

    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = FromAnnotation.class))
    public Mono<String> onBoundedElastic() {
        return Mono.fromCallable(() -> ScopeHandlers.lookup(this.registry, "greeting"))
            .subscribeOn(Schedulers.boundedElastic());
    }

    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = FromAnnotation.class))
    public Flux<String> twice() {
        return Flux.just(1, 2)
            .publishOn(Schedulers.boundedElastic())
            .map((element) -> ScopeHandlers.lookup(this.registry, "greeting"));
    }

    /** What "greeting" resolves to inside the annotated methods. */
    public record FromAnnotation(String text) {
    }
}
