package io.github.objectregistry.autoconfigure.reactor;

import java.util.Objects;

/**
 * The key under which a Reactor {@code Context} carries the application's
 * {@link io.github.objectregistry.ScopeSnapshot}: the key of its context-propagation accessor when there is one,
 * so that Reactor's automatic context propagation ({@code spring.reactor.context-propagation=auto}) restores the
 * scopes around operators on any thread; otherwise a key of its own. The request filter, the JSON decoder and
 * the {@code @WithCustomObjects} aspect all read and write the snapshot under it.
 *
 * <pre>{@code
 * Mono<Layer> layer = read(json).contextWrite(Context.of(key.value(), registry.captureScopes()));
 * }</pre>
 *
 * <p>Free of Reactor types, so that code that only passes the key on loads without Reactor.
 */
public final class ReactorScopeKey {

    private final Object value;

    /** A key of its own, unique in the JVM, for an application without context-propagation. */
    public ReactorScopeKey() {
        this.value = this;
    }

    /**
     * The key of a context-propagation accessor.
     * @param value the accessor's key
     */
    public ReactorScopeKey(Object value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The key itself, for {@code Context.put} and {@code ContextView.getOrDefault}. */
    public Object value() {
        return this.value;
    }

    @Override
    public String toString() {
        return (this.value == this) ? "ReactorScopeKey@" + Integer.toHexString(System.identityHashCode(this))
                : "ReactorScopeKey[" + this.value + "]";
    }
}
