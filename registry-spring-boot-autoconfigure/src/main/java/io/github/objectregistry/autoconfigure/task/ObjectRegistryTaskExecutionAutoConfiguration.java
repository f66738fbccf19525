package io.github.objectregistry.autoconfigure.task;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Fallback;

/**
 * Makes the executors and schedulers that Spring Boot builds run every task under the scopes of the thread that
 * submitted it: {@code @Async} methods, the {@code applicationTaskExecutor} (a thread pool, or virtual threads
 * under {@code spring.threads.virtual.enabled=true}), and Spring MVC's async requests that run on it. Switched off
 * by {@code object-registry.propagation.enabled=false}.
 *
 * <p>Boot combines every {@code TaskDecorator} bean, in order, so the application's own decorators, and the
 * {@code ContextPropagatingTaskDecorator} of {@code spring.task.execution.propagate-context=true}, still apply.
 * Registered after Boot's task auto-configuration so that, among decorators of the same order, it comes last.
 */
@AutoConfiguration(after = { ObjectRegistryAutoConfiguration.class, TaskExecutionAutoConfiguration.class })
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.propagation.enabled", matchIfMissing = true)
public final class ObjectRegistryTaskExecutionAutoConfiguration {

    /**
     * A fallback candidate, so that an application that injects its own single {@code TaskDecorator} by type
     * still gets it, rather than failing on two candidates.
     */
    @Bean
    @Fallback
    @ConditionalOnMissingBean
    ScopeSnapshotTaskDecorator objectRegistryScopeSnapshotTaskDecorator(ObjectRegistry registry,
            ObjectProvider<ScopeLeakListener> leakListeners) {
        ScopeSnapshotTaskDecorator decorator = new ScopeSnapshotTaskDecorator(registry);
        decorator.setLeakListener(ScopeLeakListener.of(leakListeners.orderedStream().toList()));
        return decorator;
    }
}
