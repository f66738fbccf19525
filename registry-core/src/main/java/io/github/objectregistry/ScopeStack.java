package io.github.objectregistry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scopes one thread has open on one registry, innermost last. Only its owner thread ever touches it,
 * so it needs no lock. It stays in the registry's {@link ThreadLocal} when its last scope closes, so that
 * opening the next scope allocates no stack and sets no thread-local: removing it there made opening and
 * closing a scope about three times slower in {@code ScopeBenchmarks}. A boundary,
 * {@link ObjectRegistry#closeScopesAbove(int)}, removes it instead. It refers to neither the registry nor its
 * thread-local, so a discarded registry's entries can still be collected.
 */
final class ScopeStack {

    /** Marks a name removed inside a scope: it hides outer scopes and the global entries until that scope closes. */
    static final Object REMOVED = new Object() {
        @Override
        public String toString() {
            return "<removed in scope>";
        }
    };

    /** The JDK's immutable map classes, which scopes can use without a defensive copy. */
    private static final Set<Class<?>> IMMUTABLE_MAP_TYPES = Set.of(Map.of().getClass(), Map.of("", "").getClass());

    private final Thread owner = Thread.currentThread();

    private CustomObjectScope[] scopes = new CustomObjectScope[4];

    private int depth;

    Thread owner() {
        return this.owner;
    }

    int depth() {
        return this.depth;
    }

    /**
     * One immutable layer from the given maps, later maps winning. A single JDK immutable map, such as
     * {@code Map.of(...)}, cannot hold nulls or change, so it is used as it is: opening the scope copies nothing.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> layerOf(Map<String, ?>[] customObjects) {
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

    CustomObjectScope push(Map<String, Object> entries) {
        if (this.depth == this.scopes.length) {
            this.scopes = Arrays.copyOf(this.scopes, this.depth * 2);
        }
        CustomObjectScope scope = new CustomObjectScope(this, entries, this.depth + 1);
        this.scopes[this.depth++] = scope;
        return scope;
    }

    CustomObjectScope innermost() {
        return this.scopes[this.depth - 1];
    }

    /** Pops the innermost scope; the caller has checked that it is {@code scope}. */
    void pop(CustomObjectScope scope) {
        this.scopes[--this.depth] = null;
    }

    /** Force-closes every scope above {@code depth}, innermost first; returns how many there were. */
    int closeAbove(int depth) {
        int closed = 0;
        while (this.depth > depth) {
            CustomObjectScope scope = innermost();
            scope.markClosed();
            pop(scope);
            closed++;
        }
        return closed;
    }

    /**
     * Returns the value bound to {@code name} by the innermost scope that binds it, {@link #REMOVED} if that
     * scope removed it, or {@code null} if no open scope binds it. Inner scopes see outer ones, so walking
     * inwards-out gives the merged view without ever copying an outer scope.
     */
    Object find(String name) {
        for (int i = this.depth - 1; i >= 0; i--) {
            Object value = this.scopes[i].entries().get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Applies every layer, outermost first, onto {@code view}, a copy of the global entries. */
    void overlay(Map<String, Object> view) {
        for (int i = 0; i < this.depth; i++) {
            this.scopes[i].entries().forEach((name, value) -> {
                if (value == REMOVED) {
                    view.remove(name);
                }
                else {
                    view.put(name, value);
                }
            });
        }
    }

    @Override
    public String toString() {
        Map<Integer, Object> layers = new LinkedHashMap<>();
        for (int i = 0; i < this.depth; i++) {
            layers.put(this.scopes[i].depth(), this.scopes[i].entries().keySet());
        }
        return "scopes on " + this.owner.getName() + " " + layers;
    }
}
