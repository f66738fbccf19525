package io.github.objectregistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scopes one thread has open on one registry, innermost last. Only its owner thread ever touches it,
 * so it needs no lock; the registry drops it from its {@link ThreadLocal} when the last scope closes.
 */
final class ScopeStack {

    /** Marks a name removed inside a scope: it hides outer scopes and the global entries until that scope closes. */
    static final Object REMOVED = new Object() {
        @Override
        public String toString() {
            return "<removed in scope>";
        }
    };

    private final ThreadLocal<ScopeStack> home;

    private final Thread owner = Thread.currentThread();

    private final List<CustomObjectScope> scopes = new ArrayList<>(4);

    ScopeStack(ThreadLocal<ScopeStack> home) {
        this.home = home;
    }

    Thread owner() {
        return this.owner;
    }

    int depth() {
        return this.scopes.size();
    }

    CustomObjectScope push(Map<String, Object> entries) {
        CustomObjectScope scope = new CustomObjectScope(this, entries, this.scopes.size() + 1);
        this.scopes.add(scope);
        return scope;
    }

    CustomObjectScope innermost() {
        return this.scopes.get(this.scopes.size() - 1);
    }

    /** Pops the innermost scope; the caller has checked that it is {@code scope}. */
    void pop(CustomObjectScope scope) {
        this.scopes.remove(this.scopes.size() - 1);
        if (this.scopes.isEmpty()) {
            this.home.remove();
        }
    }

    /** Force-closes every scope above {@code depth}, innermost first; returns how many there were. */
    int closeAbove(int depth) {
        int closed = 0;
        while (this.scopes.size() > depth) {
            innermost().markClosed();
            pop(innermost());
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
        for (int i = this.scopes.size() - 1; i >= 0; i--) {
            Object value = this.scopes.get(i).entries().get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Applies every layer, outermost first, onto {@code view}, a copy of the global entries. */
    void overlay(Map<String, Object> view) {
        for (CustomObjectScope scope : this.scopes) {
            scope.entries().forEach((name, value) -> {
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
        for (CustomObjectScope scope : this.scopes) {
            layers.put(scope.depth(), scope.entries().keySet());
        }
        return "scopes on " + this.owner.getName() + " " + layers;
    }
}
