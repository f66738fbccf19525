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
 * no-op.
 */
public final class CustomObjectScope implements AutoCloseable {

    private final ScopeStack stack;

    /** Immutable until the first write through the live view; only the owner thread reads or writes it. */
    private Map<String, Object> entries;

    private final int depth;

    private volatile boolean closed;

    CustomObjectScope(ScopeStack stack, Map<String, Object> entries, int depth) {
        this.stack = stack;
        this.entries = entries;
        this.depth = depth;
    }

    /**
     * A read-only snapshot of the objects this scope itself adds, without those of outer scopes. A name
     * removed through {@link ObjectRegistry#getCustomObjects()} while this scope was innermost is absent, though
     * it still hides the outer scopes' and the global entry of that name until this scope closes.
     */
    public Map<String, Object> getCustomObjects() {
        Map<String, Object> added = new HashMap<>(this.entries);
        added.values().removeIf((value) -> value == ScopeStack.REMOVED);
        return Collections.unmodifiableMap(added);
    }

    /** The nesting depth of this scope on its thread: 1 for the outermost. */
    public int depth() {
        return this.depth;
    }

    /** Whether this scope has been closed. */
    public boolean isClosed() {
        return this.closed;
    }

    /**
     * Closes this scope, so its objects are no longer visible.
     * @throws IllegalStateException if called from a thread other than the one that opened the scope, or
     * while a scope opened inside this one is still open
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
        if (this.stack.innermost() != this) {
            throw new IllegalStateException("Cannot close the custom object scope at depth " + this.depth
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

    /** The layer as it is now, for lookups. */
    Map<String, Object> entries() {
        return this.entries;
    }

    /** The layer, made writable on first use: copy-on-write keeps opening a scope cheap. */
    Map<String, Object> writableEntries() {
        if (!(this.entries instanceof HashMap)) {
            this.entries = new HashMap<>(this.entries);
        }
        return this.entries;
    }

    @Override
    public String toString() {
        return "CustomObjectScope(depth " + this.depth + ", " + this.entries.keySet()
                + (this.closed ? ", closed)" : ")");
    }
}
