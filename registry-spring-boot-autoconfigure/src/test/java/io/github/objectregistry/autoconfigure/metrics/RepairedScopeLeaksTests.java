package io.github.objectregistry.autoconfigure.metrics;

import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.RegistrationSources;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import io.github.objectregistry.autoconfigure.task.ScopeSnapshotTaskDecorator;
import io.github.objectregistry.autoconfigure.web.CustomObjectScopeFilter;
import io.github.objectregistry.autoconfigure.web.reactive.CustomObjectScopeWebFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every boundary that closes leaked scopes counts them in {@link ObjectRegistryMetrics#REPAIRED_LEAKS}, tagged by
 * where: the servlet request filter, the task decorator (with and without a submitter's scopes), and the WebFlux
 * filter (a handler run by the subscription, and one run by the arrival of the body).
 */
class RepairedScopeLeaksTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    private final MeterRegistry meters = new SimpleMeterRegistry();

    private final ScopeLeakListener metrics = ScopeLeakListener.of(
            List.of(new ObjectRegistryMetrics(this.registry, new RegistrationSources(), this.meters)));

    @Test
    void requestFilterCountsWhatTheHandlerLeft() throws Exception {
        CustomObjectScopeFilter filter = new CustomObjectScopeFilter(this.registry, Map.of(), 0, false);
        filter.setLeakListener(this.metrics);
        FilterChain leaking = (request, response) -> {
            this.registry.customObjectScope();
            this.registry.customObjectScope();
        };
        filter.doFilter(new MockHttpServletRequest("POST", "/models"), new MockHttpServletResponse(), leaking);
        assertThat(leaks("request")).isEqualTo(2);
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void taskDecoratorCountsLeaksWithAndWithoutTheSubmittersScopes() throws InterruptedException {
        ScopeSnapshotTaskDecorator decorator = new ScopeSnapshotTaskDecorator(this.registry);
        decorator.setLeakListener(this.metrics);
        decorator.decorate(this.registry::customObjectScope).run();
        try (var submitter = this.registry.customObjectScope(Map.of("a>B", Object.class))) {
            Thread worker = new Thread(decorator.decorate(this.registry::customObjectScope));
            worker.start();
            worker.join();
        }
        assertThat(leaks("task")).isEqualTo(2);
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void webFluxFilterCountsLeaksOfTheSubscriptionAndOfTheBodysSignals() {
        CustomObjectScopeWebFilter filter = new CustomObjectScopeWebFilter(this.registry, new ReactorScopeKey(),
                Map.of(), 0);
        filter.setLeakListener(this.metrics);
        WebFilterChain onSubscribe = (exchange) -> Mono.fromRunnable(this.registry::customObjectScope);
        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/")), onSubscribe).block();
        WebFilterChain onBody = (exchange) -> exchange.getRequest().getBody()
            .doOnNext((buffer) -> this.registry.customObjectScope()).then();
        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/").header("Content-Length", "2")
            .body("{}")), onBody).block();
        assertThat(leaks("webflux")).isEqualTo(2);
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    private double leaks(String boundary) {
        return this.meters.get(ObjectRegistryMetrics.REPAIRED_LEAKS).tag("boundary", boundary).counter().count();
    }
}
