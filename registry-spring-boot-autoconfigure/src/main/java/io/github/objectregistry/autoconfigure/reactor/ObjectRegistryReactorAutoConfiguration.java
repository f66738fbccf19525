package io.github.objectregistry.autoconfigure.reactor;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.context.ObjectRegistryContextPropagationAutoConfiguration;
import io.github.objectregistry.autoconfigure.context.ScopeSnapshotAccessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Decides the {@link ReactorScopeKey} under which Reactor {@code Context}s carry the registry's scopes: the
 * context-propagation accessor's key when it is registered, so that Reactor's automatic propagation restores
 * them, or else a key of its own.
 */
@AutoConfiguration(after = { ObjectRegistryAutoConfiguration.class,
        ObjectRegistryContextPropagationAutoConfiguration.class })
@ConditionalOnClass(name = "reactor.core.publisher.Mono")
@ConditionalOnBean(ObjectRegistry.class)
public final class ObjectRegistryReactorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReactorScopeKey objectRegistryReactorScopeKey() {
        return new ReactorScopeKey();
    }

    /** The accessor's key, so that automatic context propagation restores what the Context carries. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.context.ContextRegistry")
    @ConditionalOnBean(type = "io.github.objectregistry.autoconfigure.context.ScopeSnapshotAccessor")
    static class AccessorKeyConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ReactorScopeKey objectRegistryAccessorScopeKey(ScopeSnapshotAccessor accessor) {
            return new ReactorScopeKey(accessor.key());
        }
    }
}
