package io.github.objectregistry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The objects of one scope, linked to the layer of the scope it was opened in: a persistent list, innermost
 * first. A layer never changes once built, so any number of threads may share it: a {@link ScopeSnapshot} is
 * just a reference to a thread's innermost layer, taken in O(1). A write inside a scope builds a replacement
 * layer over the same outer layers instead of changing this one, so whoever holds this layer never sees it.
 */
final class ScopeLayer {

    /** Marks a name removed inside a scope: it hides outer scopes and the global entries until that scope closes. */
    static final Object REMOVED = new Object() {
        @Override
        public String toString() {
            return "<removed in scope>";
        }
    };

    /** The JDK's immutable map classes, which scopes can use without a defensive copy. */
    private static final Set<Class<?>> IMMUTABLE_MAP_TYPES = Set.of(Map.of().getClass(), Map.of("", "").getClass());

    private final Map<String, Object> entries;

    private final ScopeLayer outer;

    private final int depth;

    ScopeLayer(Map<String, Object> entries, ScopeLayer outer) {
        this.entries = entries;
        this.outer = outer;
        this.depth = (outer != null) ? outer.depth + 1 : 1;
    }

    /**
     * One immutable map from the given maps, later maps winning. A single JDK immutable map, such as
     * {@code Map.of(...)}, cannot hold nulls or change, so it is used as it is: opening the scope copies nothing.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> entriesOf(Map<String, ?>[] customObjects) {
        if (customObjects.length == 1 && IMMUTABLE_MAP_TYPES.contains(customObjects[0].getClass())) {
            return (Map<String, Object>) customObjects[0];
        }
        Map<String, Object> merged = new HashMap<>();
        for (Map<String, ?> map : customObjects) {
            map.forEach((name, value) -> merged.put(Objects.requireNonNull(name, "custom object name"),
                    Objects.requireNonNull(value, () -> "custom object '" + name + "' is null")));
        }
        return Map.copyOf(merged);
    }

    /** This scope's own entries, {@link #REMOVED} marks included. */
    Map<String, Object> entries() {
        return this.entries;
    }

    /** The layer of the scope this one was opened in, or {@code null} for the outermost. */
    ScopeLayer outer() {
        return this.outer;
    }

    /** The number of layers from the outermost to this one: 1 for the outermost. */
    int depth() {
        return this.depth;
    }

    /**
     * A replacement for this layer, over the same outer layers, with {@code name} bound to {@code value} (or
     * to {@link #REMOVED}). It copies this scope's own entries only, which are few, never the outer layers.
     */
    ScopeLayer with(String name, Object value) {
        Map<String, Object> copy = new HashMap<>(this.entries);
        copy.put(name, value);
        return new ScopeLayer(Collections.unmodifiableMap(copy), this.outer);
    }

    /**
     * Returns the value bound to {@code name} by the innermost layer that binds it, {@link #REMOVED} if that
     * layer removed it, or {@code null} if none binds it. Inner scopes see outer ones, so walking inwards-out
     * gives the merged view without ever copying an outer scope.
     */
    Object find(String name) {
        for (ScopeLayer layer = this; layer != null; layer = layer.outer) {
            Object value = layer.entries.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Applies every layer, outermost first, onto {@code view}, a copy of the global entries. */
    void overlay(Map<String, Object> view) {
        if (this.outer != null) {
            this.outer.overlay(view);
        }
        this.entries.forEach((name, value) -> {
            if (value == REMOVED) {
                view.remove(name);
            }
            else {
                view.put(name, value);
            }
        });
    }

    @Override
    public String toString() {
        return ((this.outer != null) ? this.outer + " " : "") + this.depth + "=" + this.entries.keySet();
    }
}
