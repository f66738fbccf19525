package io.github.objectregistry;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A set of custom objects visible to the thread that opened it, from
 * {@link ObjectRegistry#customObjectScope(Map[]) customObjectScope(...)} until {@link #close()}.
 *
 * <pre>{@code
 * try (CustomObjectScope scope = registry.customObjectScope(Map.of("sample>swish", FastSwish.class))) {
 *     registry.getRegisteredObject("sample>swish");   // FastSwish.class, on this thread only
 * }
 * registry.getRegisteredObject("sample>swish");       // the registered target again
 * }</pre>
 *
 * <p>Scopes nest: an inner scope sees the outer scope's objects, and its own win. Writes made through
 * {@link ObjectRegistry#getCustomObjects()} while a scope is innermost go into that scope and vanish with
 * it. Other threads never see a scope, and a new thread starts with none.
 *
 * <p>Close scopes in the reverse order of opening, on the thread that opened them; try-with-resources does
 * both. Closing out of order or from another thread throws {@link IllegalStateException}; closing twice is a
 * no-op. So does closing a scope while a task runs on its thread under a {@link ScopeSnapshot}: the scope
 * belongs to the code around the task, which closes it once the task has returned.
 */
public final class CustomObjectScope implements AutoCloseable {

    private final ScopeStack stack;

    /** This scope's layer; a write while it is innermost replaces it, so snapshots holding the old one keep it. */
    private volatile ScopeLayer layer;

    private volatile boolean closed;

    CustomObjectScope(ScopeStack stack, ScopeLayer layer) {
        this.stack = stack;
        this.layer = layer;
    }

    /**
     * A read-only snapshot of the objects this scope itself adds, without those of outer scopes. A name
     * removed through {@link ObjectRegistry#getCustomObjects()} while this scope was innermost is absent, though
     * it still hides the outer scopes' and the global entry of that name until this scope closes.
     */
    public Map<String, Object> getCustomObjects() {
        Map<String, Object> added = new HashMap<>(this.layer.entries());
        added.values().removeIf((value) -> value == ScopeLayer.REMOVED);
        return Collections.unmodifiableMap(added);
    }

    /**
     * The nesting depth of this scope on its thread: 1 for the outermost. Under a {@link ScopeSnapshot}, the
     * snapshot's scopes come first, so a task's first scope over a snapshot of two scopes is at depth 3.
     */
    public int depth() {
        return this.layer.depth();
    }

    /** Whether this scope has been closed. */
    public boolean isClosed() {
        return this.closed;
    }

    /**
     * Closes this scope, so its objects are no longer visible.
     * @throws IllegalStateException if called from a thread other than the one that opened the scope, while a
     * scope opened inside this one is still open, or while a task runs on this thread under a
     * {@link ScopeSnapshot}
     */
    @Override
    public void close() {
        if (this.closed) {
            return;
        }
        Thread current = Thread.currentThread();
        if (current != this.stack.owner()) {
            throw new IllegalStateException("Cannot close a custom object scope from thread '" + current.getName()
                    + "': it was opened on thread '" + this.stack.owner().getName()
                    + "', and scopes are confined to their thread. Close it on that thread, ideally with "
                    + "try-with-resources.");
        }
        if (this.stack.isSuspended()) {
            throw new IllegalStateException("Cannot close the custom object scope at depth " + depth()
                    + " on thread '" + current.getName() + "' while a task runs there under a ScopeSnapshot: the "
                    + "scope belongs to the code around the task, and a task never closes scopes it did not open. "
                    + "Close it after the task has returned.");
        }
        if (this.stack.innermost() != this) {
            throw new IllegalStateException("Cannot close the custom object scope at depth " + depth()
                    + " on thread '" + current.getName() + "': the scope at depth " + this.stack.depth()
                    + " was opened inside it and is still open. Close inner scopes first; try-with-resources "
                    + "closes them in the right order.");
        }
        this.closed = true;
        this.stack.pop(this);
    }

    void markClosed() {
        this.closed = true;
    }

    void setLayer(ScopeLayer layer) {
        this.layer = layer;
    }

    @Override
    public String toString() {
        return "CustomObjectScope(depth " + depth() + ", " + this.layer.entries().keySet()
                + (this.closed ? ", closed)" : ")");
    }
}
