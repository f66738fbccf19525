package io.github.objectregistry.autoconfigure.context;

import io.micrometer.context.ContextRegistry;
import org.springframework.beans.factory.DisposableBean;

/**
 * Keeps an accessor in the JVM-wide {@link ContextRegistry} for as long as its application context lives: a
 * closed context's registry must not be captured by contexts that outlive it, nor pinned by the JVM.
 */
final class ContextRegistryRegistration implements DisposableBean {

    private final ContextRegistry contextRegistry;

    private final ScopeSnapshotAccessor accessor;

    ContextRegistryRegistration(ContextRegistry contextRegistry, ScopeSnapshotAccessor accessor) {
        this.contextRegistry = contextRegistry;
        this.accessor = accessor;
        contextRegistry.registerThreadLocalAccessor(accessor);
    }

    @Override
    public void destroy() {
        this.contextRegistry.removeThreadLocalAccessor(this.accessor.key());
    }
}
