package io.github.objectregistry.autoconfigure.web.reactive;

import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.context.ObjectRegistryContextPropagationAutoConfiguration;
import io.github.objectregistry.autoconfigure.context.ScopeSnapshotAccessor;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.autoconfigure.reactor.ObjectRegistryReactorAutoConfiguration;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.Ordered;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The WebFlux request scope's conditions, its key, and the JSON decoder it puts in place. */
class ObjectRegistryWebFluxAutoConfigurationTests {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryContextPropagationAutoConfiguration.class, ObjectRegistryReactorAutoConfiguration.class,
                ObjectRegistryWebFluxAutoConfiguration.class, JacksonAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class, CodecsAutoConfiguration.class));

    @Test
    void reactiveApplicationGetsTheWebFilterEarlyInTheChain() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(CustomObjectScopeWebFilter.class);
            assertThat(context.getBean(CustomObjectScopeWebFilter.class).getOrder())
                .isEqualTo(Ordered.HIGHEST_PRECEDENCE + 100);
        });
    }

    @Test
    void webFilterOrderComesFromTheSharedProperty() {
        this.runner.withPropertyValues("object-registry.web.request-scope.order=5")
            .run((context) -> assertThat(context.getBean(CustomObjectScopeWebFilter.class).getOrder()).isEqualTo(5));
    }

    @Test
    void backsOffWhenDisabled() {
        this.runner.withPropertyValues("object-registry.web.request-scope.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(CustomObjectScopeWebFilter.class);
            assertThat(context).doesNotHaveBean("objectRegistryScopedJacksonDecoderCustomizer");
        });
    }

    @Test
    void backsOffInServletApplications() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                    ObjectRegistryReactorAutoConfiguration.class, ObjectRegistryWebFluxAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(CustomObjectScopeWebFilter.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnWebFilter() {
        this.runner.withBean("ownFilter", CustomObjectScopeWebFilter.class,
                () -> new CustomObjectScopeWebFilter(new ObjectRegistry(),
                        new ReactorScopeKey(), Map.of(), 0))
            .run((context) -> assertThat(context).hasSingleBean(CustomObjectScopeWebFilter.class)
                .hasBean("ownFilter"));
    }

    @Test
    void contextCarriesTheScopeUnderTheContextPropagationAccessorsKey() {
        this.runner.run((context) -> assertThat(context.getBean(ReactorScopeKey.class).value())
            .isEqualTo(context.getBean(ScopeSnapshotAccessor.class).key()));
    }

    @Test
    void withoutContextPropagationTheKeyIsItsOwn() {
        this.runner.withClassLoader(new FilteredClassLoader("io.micrometer.context"))
            .run((context) -> {
                assertThat(context).doesNotHaveBean(ScopeSnapshotAccessor.class);
                assertThat(context).hasSingleBean(CustomObjectScopeWebFilter.class);
                assertThat(context.getBean(ReactorScopeKey.class).value())
                    .isSameAs(context.getBean(ReactorScopeKey.class));
            });
    }

    @Test
    void codecsReadJsonThroughTheScopedDecoder() {
        this.runner.run((context) -> {
            ServerCodecConfigurer codecs = ServerCodecConfigurer.create();
            context.getBeanProvider(CodecCustomizer.class).orderedStream()
                .forEach((customizer) -> customizer.customize(codecs));
            assertThat(codecs.getReaders()).filteredOn(DecoderHttpMessageReader.class::isInstance)
                .map((reader) -> ((DecoderHttpMessageReader<?>) reader).getDecoder())
                .hasAtLeastOneElementOfType(ScopedJacksonJsonDecoder.class)
                .noneMatch((decoder) -> decoder.getClass() == JacksonJsonDecoder.class);
        });
    }

    @Test
    void contributorReturningNullFailsTheRequestNamingTheBean() {
        this.runner.withBean("tenantObjects", ReactiveRequestCustomObjects.class, () -> (exchange) -> null)
            .run((context) -> {
                MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/orders"));
                Mono<Void> filtered = context.getBean(CustomObjectScopeWebFilter.class)
                    .filter(exchange, (scoped) -> Mono.empty());
                assertThatIllegalStateException().isThrownBy(filtered::block)
                    .withMessage("The ReactiveRequestCustomObjects bean 'tenantObjects' returned null for GET /orders. "
                            + "Return Mono.empty() or Mono.just(Map.of()) when it has nothing to add for a request.");
            });
    }
}
