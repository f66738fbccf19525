package io.github.objectregistry.autoconfigure.web.reactive;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import io.github.objectregistry.autoconfigure.reactor.ObjectRegistryReactorAutoConfiguration;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import io.github.objectregistry.autoconfigure.web.ContributorBeans;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.web.server.WebFilter;

/**
 * Gives every request of a WebFlux application its own custom object scope, carried in the Reactor
 * {@code Context} ({@link CustomObjectScopeWebFilter}), and makes the JSON decoder resolve request bodies'
 * envelopes through it ({@link ScopedJacksonJsonDecoder}). Switched off, with the servlet filter, by
 * {@code object-registry.web.request-scope.enabled=false}.
 */
@AutoConfiguration(after = ObjectRegistryReactorAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        beforeName = "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(WebFilter.class)
@ConditionalOnBean({ ObjectRegistry.class, ReactorScopeKey.class })
@ConditionalOnBooleanProperty(name = "object-registry.web.request-scope.enabled", matchIfMissing = true)
public final class ObjectRegistryWebFluxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CustomObjectScopeWebFilter customObjectScopeWebFilter(ObjectRegistry registry, ReactorScopeKey key,
            ListableBeanFactory beanFactory, ObjectProvider<ReactiveRequestCustomObjects> contributors,
            ObjectRegistryProperties properties, ObjectProvider<ScopeLeakListener> leakListeners) {
        CustomObjectScopeWebFilter filter = new CustomObjectScopeWebFilter(registry, key,
                ContributorBeans.byBeanName(beanFactory, ReactiveRequestCustomObjects.class, contributors),
                properties.getWeb().getRequestScope().getOrder());
        filter.setLeakListener(ScopeLeakListener.of(leakListeners.orderedStream().toList()));
        return filter;
    }

    /**
     * Replaces the Jackson decoder that Boot's codec customizer (order 0) sets with one that reads through the
     * request's scope, built on the same mapper. A customizer ordered after this one that sets a decoder of its
     * own wins, and its reads then resolve through the thread's scopes only.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ CodecCustomizer.class, JacksonJsonDecoder.class, JsonMapper.class })
    @ConditionalOnBean(JsonMapper.class)
    @ConditionalOnProperty(name = "spring.http.codecs.preferred-json-mapper", havingValue = "jackson",
            matchIfMissing = true)
    static class JacksonDecoderConfiguration {

        @Bean
        @Order(1)
        CodecCustomizer objectRegistryScopedJacksonDecoderCustomizer(JsonMapper mapper, ReactorScopeKey key) {
            return (configurer) -> configurer.defaultCodecs()
                .jacksonJsonDecoder(new ScopedJacksonJsonDecoder(mapper, key));
        }
    }
}
