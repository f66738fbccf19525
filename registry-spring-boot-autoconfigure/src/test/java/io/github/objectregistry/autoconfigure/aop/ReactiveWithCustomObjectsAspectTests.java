package io.github.objectregistry.autoconfigure.aop;

import java.util.Map;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.aop.Greeters.Polite;
import io.github.objectregistry.autoconfigure.aop.Greeters.Seen;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @WithCustomObjects} on methods returning {@code Mono} and {@code Flux}: the scope applies when the
 * result is subscribed to, on the subscribing thread, and travels in the Reactor Context layered over the
 * subscriber's scopes.
 */
class ReactiveWithCustomObjectsAspectTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ReactorScopeKey key = new ReactorScopeKey();

    private ReactiveGreeters proxy(ReactorScopeKey reactorKey) {
        AspectJProxyFactory factory = new AspectJProxyFactory(new ReactiveGreeters(this.registry, this.key.value()));
        factory.setProxyTargetClass(true);
        factory.addAspect(new WithCustomObjectsAspect(this.registry, null, 0, reactorKey));
        return factory.getProxy();
    }

    @Test
    void monoSubscribedLaterOnAnotherThreadRunsInTheMethodsScope() {
        Mono<Seen> seen = proxy(this.key).mono();
        assertThat(seen.subscribeOn(Schedulers.boundedElastic()).block()).isEqualTo(new Seen(Polite.class, 1));
    }

    @Test
    void fluxOperatorsOnTheSubscribingThreadRunInTheMethodsScope() {
        assertThat(proxy(this.key).flux().subscribeOn(Schedulers.boundedElastic()).collectList().block())
            .containsExactly(new Seen(Polite.class, 1), new Seen(Polite.class, 1));
    }

    @Test
    void scopeIsLayeredOverTheScopesTheSubscribersContextCarries() {
        ScopeSnapshot request = ScopeSnapshot.empty(this.registry).withScope(Map.of("tenant", "acme"));
        Object tenant = proxy(this.key).tenant()
            .contextWrite((context) -> context.put(this.key.value(), request))
            .block();
        assertThat(tenant).isEqualTo("acme");
    }

    @Test
    void withoutAContextScopeItIsLayeredOverTheCallersScopes() {
        Mono<Object> tenant;
        try (CustomObjectScope callers = this.registry.customObjectScope(Map.of("tenant", "caller"))) {
            tenant = proxy(this.key).tenant();
        }
        assertThat(tenant.subscribeOn(Schedulers.boundedElastic()).block()).isEqualTo("caller");
    }

    @Test
    void contextCarriesTheMethodsScopeForOperatorsOnOtherThreads() {
        assertThat(proxy(this.key).greetingInContext().block()).isSameAs(Polite.class);
    }

    @Test
    void nothingIsLeftOnTheSubscribingThread() {
        Scheduler single = Schedulers.newSingle("subscriber");
        try {
            proxy(this.key).mono().subscribeOn(single).block();
            assertThat(Mono.fromCallable(this.registry::hasThreadState).subscribeOn(single).block()).isFalse();
        }
        finally {
            single.dispose();
        }
    }

    @Test
    void withoutAKeyAMonoIsTreatedAsSynchronousAsBefore() {
        Mono<Seen> seen = proxy(null).mono();
        assertThat(seen.subscribeOn(Schedulers.boundedElastic()).block()).isEqualTo(new Seen(null, 0));
    }
}
