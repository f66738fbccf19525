package io.github.objectregistry.autoconfigure.context;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.micrometer.context.ContextRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the context's {@link ScopeSnapshotAccessor} with Micrometer's {@link ContextRegistry}, so that
 * Spring's and Reactor's context propagation carry the registry's scopes to the threads that run the work, and
 * removes it when the context closes. Needs {@code io.micrometer:context-propagation}; switched off by
 * {@code object-registry.propagation.enabled=false}.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class)
@ConditionalOnClass(ContextRegistry.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.propagation.enabled", matchIfMissing = true)
public final class ObjectRegistryContextPropagationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ScopeSnapshotAccessor objectRegistryScopeSnapshotAccessor(ObjectRegistry registry) {
        return new ScopeSnapshotAccessor(registry);
    }

    @Bean
    ContextRegistryRegistration objectRegistryContextRegistryRegistration(ScopeSnapshotAccessor accessor) {
        return new ContextRegistryRegistration(ContextRegistry.getInstance(), accessor);
    }
}
