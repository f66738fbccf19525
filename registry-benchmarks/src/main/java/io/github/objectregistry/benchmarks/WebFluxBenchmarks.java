package io.github.objectregistry.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.autoconfigure.web.reactive.CustomObjectScopeWebFilter;
import io.github.objectregistry.benchmarks.webflux.WebFluxBenchmarkApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * A WebFlux request through the whole application (web filters, {@code DispatcherHandler}, an annotated handler
 * that resolves a registered name, the response encoder), with the starter's per-request scope and with it
 * switched off ({@code object-registry.web.request-scope.enabled=false}): the same handler in two contexts of
 * the same run. The request is handed to each context's {@link HttpHandler} directly, as
 * {@code WebTestClient.bindToApplicationContext} does, because on a shared 2-core machine a network round
 * trip's noise is larger than the difference measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebFluxBenchmarks {

    private ConfigurableApplicationContext withScope;

    private ConfigurableApplicationContext withoutScope;

    private HttpHandler scoped;

    private HttpHandler unscoped;

    @Setup(Level.Trial)
    public void start() {
        this.withScope = start(true);
        this.withoutScope = start(false);
        this.scoped = WebHttpHandlerBuilder.applicationContext(this.withScope).build();
        this.unscoped = WebHttpHandlerBuilder.applicationContext(this.withoutScope).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        this.withScope.close();
        this.withoutScope.close();
    }

    private static ConfigurableApplicationContext start(boolean requestScope) {
        return new SpringApplicationBuilder(WebFluxBenchmarkApplication.class).web(WebApplicationType.REACTIVE)
            .logStartupInfo(false)
            .properties("spring.main.banner-mode=off", "logging.level.root=warn", "server.port=0",
                    "object-registry.web.request-scope.enabled=" + requestScope)
            .run();
    }

    @Benchmark
    public MockServerHttpResponse requestWithRequestScope() {
        return request(this.scoped);
    }

    @Benchmark
    public MockServerHttpResponse requestWithoutRequestScope() {
        return request(this.unscoped);
    }

    /** How many request-scope filters each context has, with the scope and without it; for the fixture test. */
    List<Integer> filterCounts() {
        return List.of(this.withScope.getBeansOfType(CustomObjectScopeWebFilter.class).size(),
                this.withoutScope.getBeansOfType(CustomObjectScopeWebFilter.class).size());
    }

    private static MockServerHttpResponse request(HttpHandler handler) {
        MockServerHttpResponse response = new MockServerHttpResponse();
        handler.handle(MockServerHttpRequest.get("/price").build(), response).block();
        String body = response.getBodyAsString().block();
        if (!"Discount".equals(body)) {
            throw new IllegalStateException("The handler answered " + body + " instead of Discount");
        }
        return response;
    }
}
