package io.github.objectregistry.autoconfigure.context;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer's context-propagation carry one registry's scopes: whatever captures a
 * {@link ContextSnapshot} (Spring's {@code ContextPropagatingTaskDecorator}, Boot's
 * {@code spring.task.execution.propagate-context}, Reactor's automatic context propagation) captures the
 * thread's {@link ScopeSnapshot} with it, and runs the work under it.
 *
 * <pre>{@code
 * ContextRegistry.getInstance().registerThreadLocalAccessor(new ScopeSnapshotAccessor(registry));
 * executor.execute(ContextSnapshotFactory.builder().build().captureAll().wrap(task));  // task sees the scopes
 * }</pre>
 *
 * <h2>Keys</h2>
 * Each accessor has a key of its own, as each application context has a registry of its own: two contexts in
 * one JVM register two accessors in the one {@link ContextRegistry#getInstance() ContextRegistry}, and neither
 * replaces the other. Spring Boot registers one per context and removes it when the context closes.
 *
 * <h2>Setting and restoring</h2>
 * {@link #getValue()} leaves the key out of a snapshot when the thread has no scopes. Setting a value attaches
 * the snapshot, and {@link #setValue()} (a snapshot or context without the key, with clearing on) attaches
 * the empty one, so the work sees the global entries only. Restoring ends the latest of these attachments,
 * whatever value it is given, which puts back the very same scopes the thread had before: scopes it opened
 * itself stay open and closable, where setting the saved value again would turn them into a snapshot's. Scopes
 * nest, so restores must come in the reverse order of the sets, which context-propagation has done since 1.0.3.
 *
 * <p>Thread safety: one instance serves every thread; what it sets is confined to the thread it is set on.
 */
public final class ScopeSnapshotAccessor implements ThreadLocalAccessor<ScopeSnapshot> {

    private static final AtomicLong instances = new AtomicLong();

    private final ObjectRegistry registry;

    private final String key;

    /** The attachments made on this thread and not yet restored, innermost first; removed when none is left. */
    private final ThreadLocal<Frame> frames = new ThreadLocal<>();

    /**
     * Creates an accessor for a registry, under a key that no other accessor has.
     * @param registry the registry whose scopes are carried
     */
    public ScopeSnapshotAccessor(ObjectRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.key = ScopeSnapshot.class.getName() + "#" + instances.incrementAndGet();
    }

    /** This accessor's key, unique in the JVM: under it, a Reactor {@code Context} can carry a snapshot too. */
    @Override
    public String key() {
        return this.key;
    }

    /** The calling thread's scopes, or {@code null} when it has none, so that a snapshot leaves the key out. */
    @Override
    public ScopeSnapshot getValue() {
        ScopeSnapshot snapshot = this.registry.captureScopes();
        return snapshot.isEmpty() ? null : snapshot;
    }

    /** Runs this thread under {@code value} until the matching {@code restore}. */
    @Override
    public void setValue(ScopeSnapshot value) {
        push(value.attach());
    }

    /** Runs this thread under no scopes of the registry until the matching {@code restore}. */
    @Override
    public void setValue() {
        push(ScopeSnapshot.empty(this.registry).attach());
    }

    /**
     * Ends the latest attachment on this thread, which restores exactly what the thread had before it.
     * @param previousValue ignored: the attachment knows what to put back, down to the thread's own scopes
     */
    @Override
    public void restore(ScopeSnapshot previousValue) {
        pop();
    }

    /** Ends the latest attachment on this thread, which restores exactly what the thread had before it. */
    @Override
    public void restore() {
        pop();
    }

    private void push(ScopeSnapshot.Attachment attachment) {
        this.frames.set(new Frame(attachment, this.frames.get()));
    }

    private void pop() {
        Frame frame = this.frames.get();
        if (frame == null) {
            // This accessor set nothing here: it was registered after the scope being closed was opened.
            return;
        }
        if (frame.outer() == null) {
            this.frames.remove();
        }
        else {
            this.frames.set(frame.outer());
        }
        frame.attachment().close();
    }

    @Override
    public String toString() {
        return "ScopeSnapshotAccessor[" + this.key + "]";
    }

    /** One attachment, and the one made before it on the same thread. */
    private record Frame(ScopeSnapshot.Attachment attachment, Frame outer) {
    }
}
