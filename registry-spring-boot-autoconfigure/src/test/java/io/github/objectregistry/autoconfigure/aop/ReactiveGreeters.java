package io.github.objectregistry.autoconfigure.aop;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.Greeters.Polite;
import io.github.objectregistry.autoconfigure.aop.Greeters.Seen;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An advised type whose methods return publishers that report what the registry shows their operators. */
class ReactiveGreeters {

    private final ObjectRegistry registry;

    private final Object contextKey;

    ReactiveGreeters(ObjectRegistry registry, Object contextKey) {
        this.registry = registry;
        this.contextKey = contextKey;
    }

    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = Polite.class))
    public Mono<Seen> mono() {
        return Mono.fromCallable(this::seen);
    }

    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = Polite.class))
    public Flux<Seen> flux() {
        return Flux.range(0, 2).map((element) -> seen());
    }

    /** What "tenant" resolves to in the operators, which only a scope around the call can add. */
    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = Polite.class))
    public Mono<Object> tenant() {
        return Mono.fromCallable(() -> String.valueOf(this.registry.getRegisteredObject("tenant")));
    }

    /** What "greeting" resolves to through the scopes in the Reactor Context, as a decoder or another thread would. */
    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = Polite.class))
    public Mono<Object> greetingInContext() {
        return Mono.deferContextual((context) -> Mono.just(this.registry.getRegisteredObject("greeting",
                (ScopeSnapshot) context.get(this.contextKey), null)));
    }

    private Seen seen() {
        return new Seen(this.registry.getRegisteredObject("greeting"), this.registry.scopeDepth());
    }
}
