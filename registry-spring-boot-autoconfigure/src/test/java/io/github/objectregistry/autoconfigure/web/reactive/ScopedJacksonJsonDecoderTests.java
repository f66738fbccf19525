package io.github.objectregistry.autoconfigure.web.reactive;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import io.github.objectregistry.json.ObjectRegistryModule;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The WebFlux JSON decoder resolves names through the scopes its Reactor Context carries, not the thread's. */
class ScopedJacksonJsonDecoderTests {

    private static final String CIRCLE = "{\"class_name\": \"Circle\", \"registered_name\": \"shapes>Circle\", "
            + "\"config\": {\"radius\": 1.0}}";

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ReactorScopeKey key = new ReactorScopeKey();

    private final ScopedJacksonJsonDecoder decoder = new ScopedJacksonJsonDecoder(
            JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build(), this.key);

    ScopedJacksonJsonDecoderTests() {
        this.registry.register(Circle.class);
    }

    @Test
    void readResolvesThroughTheContextsScopesOnAThreadWithNone() {
        ScopeSnapshot request = ScopeSnapshot.empty(this.registry).withScope(Map.of("shapes>Circle", BigCircle.class));
        Object read = decode().contextWrite((context) -> context.put(this.key.value(), request))
            .subscribeOn(Schedulers.boundedElastic())
            .block();
        assertThat(read).isEqualTo(new BigCircle(1.0));
    }

    @Test
    void contextsScopesWinOverTheReadingThreadsOwn() {
        ScopeSnapshot request = ScopeSnapshot.empty(this.registry).withScope(Map.of("shapes>Circle", BigCircle.class));
        try (CustomObjectScope threads = this.registry.customObjectScope(Map.of("shapes>Circle", Circle.class))) {
            Object read = decode().contextWrite((context) -> context.put(this.key.value(), request)).block();
            assertThat(read).isEqualTo(new BigCircle(1.0));
        }
    }

    @Test
    void readWithoutScopesInItsContextResolvesThroughTheThreadsScopes() {
        try (CustomObjectScope threads = this.registry.customObjectScope(Map.of("shapes>Circle", BigCircle.class))) {
            assertThat(decode().block()).isEqualTo(new BigCircle(1.0));
        }
        assertThat(decode().block()).isEqualTo(new Circle(1.0));
    }

    private Mono<Object> decode() {
        DataBuffer body = DefaultDataBufferFactory.sharedInstance.wrap(CIRCLE.getBytes(StandardCharsets.UTF_8));
        return this.decoder.decodeToMono(Mono.just(body), ResolvableType.forClass(Shape.class),
                MediaType.APPLICATION_JSON, Map.of());
    }

    interface Shape {
    }

    @RegisterSerializable("shapes")
    record Circle(double radius) implements Shape {
    }

    record BigCircle(double radius) implements Shape {
    }
}
