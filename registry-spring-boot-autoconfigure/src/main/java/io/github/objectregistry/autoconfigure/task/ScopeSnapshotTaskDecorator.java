package io.github.objectregistry.autoconfigure.task;

import java.util.List;
import java.util.Objects;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import io.github.objectregistry.autoconfigure.ScopeLeakListener.Boundary;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

/**
 * Runs each task under the custom object scopes of the thread that submitted it, and leaves the thread that
 * runs it exactly as it was: a {@link TaskDecorator} for Spring's executors and schedulers.
 *
 * <pre>{@code
 * ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
 * executor.setTaskDecorator(new ScopeSnapshotTaskDecorator(registry));
 * }</pre>
 *
 * <p>Spring Boot applies every {@code TaskDecorator} bean to the executors and schedulers it builds, combined in
 * their order, so the auto-configured one reaches {@code @Async} methods, the {@code applicationTaskExecutor},
 * Spring MVC's {@code Callable}s, and the thread pool or virtual threads alike. It is ordered last, which makes
 * it the outermost: decorators of the application's own run inside it, so a scope one of them opens around the
 * task sits on top of the submitter's scopes instead of being hidden by them.
 *
 * <p>The scopes are taken when the task is submitted (Spring's executors decorate it then). A task submitted
 * with no scope open runs as it is, and whatever scopes it leaves open are closed afterwards and logged at WARN,
 * so that a pooled thread never keeps them for the next task.
 *
 * <p>Thread safety: one instance serves every thread.
 */
public final class ScopeSnapshotTaskDecorator implements TaskDecorator, Ordered {

    private static final Log logger = LogFactory.getLog(ScopeSnapshotTaskDecorator.class);

    private final ObjectRegistry registry;

    private ScopeLeakListener leakListener = ScopeLeakListener.of(List.of());

    /**
     * Creates the decorator.
     * @param registry the registry whose scopes the tasks carry
     */
    public ScopeSnapshotTaskDecorator(ObjectRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Sets what is told when a task leaves scopes open.
     * @param leakListener the listener
     */
    public void setLeakListener(ScopeLeakListener leakListener) {
        this.leakListener = Objects.requireNonNull(leakListener, "leakListener");
    }

    /**
     * The task, run under the calling thread's scopes.
     * @param task the task being submitted
     * @return a task that runs {@code task} under the scopes open now, then restores its thread
     */
    @Override
    public Runnable decorate(Runnable task) {
        ScopeSnapshot snapshot = this.registry.captureScopes();
        // Leaks are closed inside the snapshot's attachment too, so that this decorator, not the core, reports them.
        return snapshot.isEmpty() ? () -> runClosingLeaks(task) : snapshot.wrap(() -> runClosingLeaks(task));
    }

    /** Last, so that the application's decorators run inside it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Runs a task that needs no scope without attaching one, which would cost an allocation per task, but still
     * as a boundary: the thread ends as it started, and holds nothing of the registry if it held nothing.
     */
    private void runClosingLeaks(Runnable task) {
        int depth = this.registry.scopeDepth();
        try {
            task.run();
        }
        finally {
            int leaked = this.registry.closeScopesAbove(depth);
            if (leaked > 0) {
                logger.warn("Closed " + leaked + " custom object scope(s) left open by a task on thread '"
                        + Thread.currentThread().getName() + "': close every scope you open, ideally with "
                        + "try-with-resources.");
                this.leakListener.repaired(Boundary.TASK, leaked);
            }
        }
    }
}
