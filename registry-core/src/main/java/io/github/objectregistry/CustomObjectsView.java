package io.github.objectregistry;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The live map returned by {@link ObjectRegistry#getCustomObjects()}. Every call decides afresh whether the
 * calling thread is inside a scope: reads go through the registry's lookup, writes go to the innermost scope
 * if there is one, and to the global entries otherwise.
 */
final class CustomObjectsView extends AbstractMap<String, Object> {

    private final ObjectRegistry registry;

    private final RegistrationTable globals;

    private final ThreadScopes scopes;

    CustomObjectsView(ObjectRegistry registry, RegistrationTable globals, ThreadScopes scopes) {
        this.registry = registry;
        this.globals = globals;
        this.scopes = scopes;
    }

    @Override
    public Object get(Object key) {
        return (key instanceof String name) ? this.registry.getRegisteredObject(name) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Object put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, () -> "custom object '" + name + "' is null");
        if (!this.scopes.inScope()) {
            return this.globals.put(name, value);
        }
        Object previous = get(name);
        this.scopes.write(name, value);
        return previous;
    }

    @Override
    public Object remove(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        if (!this.scopes.inScope()) {
            return this.globals.remove(name);
        }
        Object previous = get(name);
        if (previous != null) {
            this.scopes.write(name, ScopeLayer.REMOVED);
        }
        return previous;
    }

    @Override
    public void clear() {
        visibleObjects().keySet().forEach(this::remove);
    }

    /** A snapshot; use {@link #put}, {@link #remove} or {@link #clear()} to change the registry. */
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Map.copyOf(visibleObjects()).entrySet();
    }

    /** A snapshot of what the calling thread can resolve: the global entries, overlaid by its scopes. */
    private Map<String, Object> visibleObjects() {
        return this.scopes.overlay(this.globals.targetsByName());
    }
}
