package io.github.objectregistry;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The scopes a thread had open on one registry, taken by {@link ObjectRegistry#captureScopes()} as an immutable
 * value, to run work on other threads as if those scopes were open there.
 *
 * <pre>{@code
 * try (CustomObjectScope scope = registry.customObjectScope(Map.of("pricing>Discount", SpringSale.class))) {
 *     ScopeSnapshot snapshot = registry.captureScopes();
 *     executor.submit(snapshot.wrap(() -> registry.getRegisteredObject("pricing>Discount")));  // SpringSale
 *     ExecutorService scoped = snapshot.wrap(executor);             // every task submitted runs under it
 *     CompletableFuture.supplyAsync(this::price, snapshot.wrap(ForkJoinPool.commonPool()));
 *     items.parallelStream().map((item) -> {                        // each element, on whichever thread
 *         try (ScopeSnapshot.Attachment attached = snapshot.attach()) {
 *             return price(item);
 *         }
 *     }).toList();
 * }
 * }</pre>
 *
 * <h2>What a task sees</h2>
 * A task run under a snapshot sees the snapshot's scopes instead of any its thread had open, over the global
 * entries; the thread's own scopes come back when the task ends. Taking a snapshot copies nothing, and it never
 * changes: closing the scopes on the thread that took it, or a {@code put} in them, is not seen by the task,
 * and what the task does is not seen by that thread.
 *
 * <p>The task may open and close scopes of its own on top of the snapshot's, and a {@code put} through
 * {@link ObjectRegistry#getCustomObjects()} changes its innermost scope for this task only, as it would in
 * the scope it was captured from. It can never close the snapshot's scopes: they are not
 * {@link CustomObjectScope} objects on its thread, {@link ObjectRegistry#closeScopesAbove(int)} stops at
 * them, and the scope objects of the thread that took the snapshot refuse to close from another thread, or on
 * the same thread while the task runs there ({@link IllegalStateException}).
 *
 * <h2>What the thread has afterwards</h2>
 * Exactly what it had before: the very same scopes, still open and closable, or no state at all on a pooled
 * thread that had none, however the task ended. Scopes the task left open are closed and logged at WARN.
 *
 * <h2>Where it is needed</h2>
 * Spring integrations carry snapshots for you. Nothing can decorate the common {@code ForkJoinPool}, which runs
 * parallel streams and {@code CompletableFuture.*Async} without an executor: use {@link #attach()} in each
 * element's function, or {@link #wrap(ExecutorService)} around the pool. A snapshot holds its scopes' objects
 * until it is discarded, so don't keep one in a long-lived field.
 *
 * <p>Thread safety: a snapshot may be shared and used on any number of threads at once.
 */
public final class ScopeSnapshot {

    private static final System.Logger logger = System.getLogger(ScopeSnapshot.class.getName());

    private final ThreadScopes scopes;

    /** The innermost layer taken, or {@code null} for no scopes. */
    private final ScopeLayer top;

    ScopeSnapshot(ThreadScopes scopes, ScopeLayer top) {
        this.scopes = scopes;
        this.top = top;
    }

    /**
     * The registry's snapshot of no scopes, which {@link ObjectRegistry#captureScopes()} also returns on a
     * thread without scopes: work run under it sees only the global entries, whatever scopes its thread has.
     * @param registry the registry
     * @return the same value on every call for that registry
     */
    public static ScopeSnapshot empty(ObjectRegistry registry) {
        return registry.threadScopes().empty();
    }

    /**
     * This snapshot with one more scope on top, holding the given objects: what a thread running under the
     * snapshot would capture after opening {@code registry.customObjectScope(customObjects)}, built without
     * attaching anything to a thread. For code that carries scopes as values, such as a Reactor
     * {@code Context}:
     * <pre>{@code
     * ScopeSnapshot request = ScopeSnapshot.empty(registry).withScope(Map.of("tenant>Pricing", pricing));
     * }</pre>
     * @param customObjects zero or more maps of name to class or instance, later maps winning; no key or value
     * may be null
     * @return a new snapshot; this one is unchanged
     */
    @SafeVarargs
    public final ScopeSnapshot withScope(Map<String, ?>... customObjects) {
        return new ScopeSnapshot(this.scopes, new ScopeLayer(ScopeLayer.entriesOf(customObjects), this.top));
    }

    /** Whether this snapshot holds no scope. */
    public boolean isEmpty() {
        return this.top == null;
    }

    /**
     * The value this snapshot's scopes bind to {@code name}, {@link ScopeLayer#REMOVED}, or {@code null}.
     * @throws IllegalArgumentException if the snapshot was taken from another registry than {@code owner}
     */
    Object find(ThreadScopes owner, String name) {
        if (owner != this.scopes) {
            throw new IllegalArgumentException("Cannot resolve '" + name + "' through " + this + ": it was taken "
                    + "from another registry. Pass a snapshot of this registry, from its captureScopes() or "
                    + "ScopeSnapshot.empty(registry).");
        }
        return (this.top != null) ? this.top.find(name) : null;
    }

    /**
     * Makes this snapshot's scopes the calling thread's until the returned attachment is closed, which puts back
     * exactly what the thread had. The low-level form of {@code wrap}, for code that runs work itself:
     * <pre>{@code
     * try (ScopeSnapshot.Attachment attached = snapshot.attach()) {
     *     work.run();
     * }
     * }</pre>
     * @return the attachment; close it on this thread, after any attachment made inside it, ideally with
     * try-with-resources
     */
    public Attachment attach() {
        return this.scopes.attach(this.top);
    }

    /**
     * A task that runs {@code task} under this snapshot, then restores its thread.
     * @param task the task
     * @return the wrapped task, which may run on any thread, any number of times
     */
    public Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (Attachment attached = attach()) {
                task.run();
            }
        };
    }

    /**
     * A task that calls {@code task} under this snapshot, then restores its thread.
     * @param <V> the result type
     * @param task the task
     * @return the wrapped task, which may run on any thread, any number of times
     */
    public <V> Callable<V> wrap(Callable<V> task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (Attachment attached = attach()) {
                return task.call();
            }
        };
    }

    /**
     * An executor that runs every task under this snapshot on {@code executor}.
     * @param executor the executor that runs the tasks
     * @return the wrapping executor
     */
    public Executor wrap(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        return (task) -> executor.execute(wrap(task));
    }

    /**
     * An executor service that runs every task under this snapshot on {@code executor}, including those of
     * {@code invokeAll} and {@code invokeAny}. Shutting it down shuts {@code executor} down.
     * @param executor the executor service that runs the tasks
     * @return the wrapping executor service
     */
    public ExecutorService wrap(ExecutorService executor) {
        return new ScopedExecutorService(this, Objects.requireNonNull(executor, "executor"));
    }

    @Override
    public String toString() {
        return "ScopeSnapshot[" + ((this.top != null) ? this.top : "no scopes") + "]";
    }

    /**
     * A snapshot's scopes made a thread's own, from {@link ScopeSnapshot#attach()} until {@link #close()}.
     * Attachments nest like scopes: close them in reverse order, on the thread that made them.
     */
    public static final class Attachment implements AutoCloseable {

        private final ThreadScopes scopes;

        /** What the thread's thread-local held before: put back on close. */
        private final ScopeStack previous;

        /** What this attachment put there instead. */
        private final ScopeStack installed;

        private boolean closed;

        Attachment(ThreadScopes scopes, ScopeStack previous, ScopeLayer base) {
            this.scopes = scopes;
            this.previous = previous;
            this.installed = new ScopeStack(base, this);
        }

        ScopeStack previous() {
            return this.previous;
        }

        ScopeStack installed() {
            return this.installed;
        }

        /**
         * Puts back exactly what the thread had before the attachment. Scopes left open on top of the snapshot,
         * and attachments made inside this one and never closed, are closed and logged at WARN. Closing twice
         * is a no-op.
         * @throws IllegalStateException if called from another thread than the one that attached
         */
        @Override
        public void close() {
            if (this.closed) {
                return;
            }
            Thread owner = this.installed.owner();
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("Cannot close the attachment of a ScopeSnapshot from thread '"
                        + Thread.currentThread().getName() + "': it was made on thread '" + owner.getName()
                        + "', whose scopes it replaced. Close it on that thread, ideally with try-with-resources.");
            }
            this.closed = true;
            int leaked = this.scopes.detach(this);
            if (leaked > 0) {
                logger.log(Level.WARNING, () -> "Closed " + leaked + " custom object scope(s) left open by a task "
                        + "that ran under a ScopeSnapshot on thread '" + owner.getName() + "': close every scope "
                        + "you open, ideally with try-with-resources.");
            }
        }

        /** Ends this attachment because one made outside it ended first; says so, as it is a leak. */
        void abandon() {
            this.closed = true;
            logger.log(Level.WARNING, () -> "Ended an attachment of a ScopeSnapshot on thread '"
                    + this.installed.owner().getName() + "' that was never closed, with the attachment made "
                    + "before it: close every attachment you make, ideally with try-with-resources.");
        }
    }
}
