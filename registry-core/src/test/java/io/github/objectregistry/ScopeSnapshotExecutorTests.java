package io.github.objectregistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.OtherDense;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Executors wrapped by a snapshot run every task under it, however it is submitted, and leave threads clean. */
class ScopeSnapshotExecutorTests {

    private static final String DISCOUNT = "pricing>Discount";

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    private ScopeSnapshot snapshot;

    @BeforeEach
    void captureAnOverride() {
        this.registry.register(Discount.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            this.snapshot = this.registry.captureScopes();
        }
    }

    @AfterEach
    void stopPool() {
        this.pool.shutdownNow();
    }

    @Test
    void wrappedExecutorRunsEveryTaskUnderTheSnapshot() throws Exception {
        Executor executor = this.snapshot.wrap((Executor) this.pool);
        CountDownLatch ran = new CountDownLatch(1);
        Object[] seen = new Object[1];
        executor.execute(() -> {
            seen[0] = this.registry.getRegisteredObject(DISCOUNT);
            ran.countDown();
        });
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen[0]).isSameAs(OtherDense.class);
        assertPoolThreadsHoldNothing();
    }

    @Test
    void wrappedExecutorServiceRunsSubmittedAndInvokedTasksUnderTheSnapshot() throws Exception {
        ExecutorService executor = this.snapshot.wrap(this.pool);
        Callable<Object> lookup = () -> this.registry.getRegisteredObject(DISCOUNT);
        assertThat(executor.submit(lookup).get(10, TimeUnit.SECONDS)).isSameAs(OtherDense.class);
        Object[] seen = new Object[2];
        executor.submit(() -> {
            seen[0] = this.registry.getRegisteredObject(DISCOUNT);
        }).get(10, TimeUnit.SECONDS);
        assertThat(executor.submit(() -> {
            seen[1] = this.registry.getRegisteredObject(DISCOUNT);
        }, "done").get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(seen).containsOnly(OtherDense.class);
        for (Future<Object> future : executor.invokeAll(List.of(lookup, lookup))) {
            assertThat(future.get()).isSameAs(OtherDense.class);
        }
        for (Future<Object> future : executor.invokeAll(List.of(lookup), 10, TimeUnit.SECONDS)) {
            assertThat(future.get()).isSameAs(OtherDense.class);
        }
        assertThat(executor.invokeAny(List.of(lookup, lookup))).isSameAs(OtherDense.class);
        assertThat(executor.invokeAny(List.of(lookup), 10, TimeUnit.SECONDS)).isSameAs(OtherDense.class);
        assertPoolThreadsHoldNothing();
    }

    @Test
    void shuttingDownTheWrapperShutsDownThePool() throws Exception {
        ExecutorService executor = this.snapshot.wrap(this.pool);
        assertThat(executor.isShutdown()).isFalse();
        executor.shutdown();
        assertThat(this.pool.isShutdown()).isTrue();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.isTerminated()).isTrue();
        assertThat(executor.shutdownNow()).isEmpty();
    }

    @Test
    void cancelledTaskRestoresItsPooledThread() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try (CapturedWarnings log = new CapturedWarnings()) {
            CountDownLatch started = new CountDownLatch(1);
            Future<?> running = this.snapshot.wrap(single).submit(() -> {
                this.registry.customObjectScope();
                started.countDown();
                Thread.sleep(60_000);
                return null;
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(running.cancel(true)).isTrue();
            assertThat(single.submit(this.registry::hasThreadState).get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(log.warnings()).singleElement().asString().startsWith("Closed 1 custom object scope(s)");
        }
        finally {
            single.shutdownNow();
        }
    }

    /** Runs one plain task on each of the pool's two threads at once, and checks that neither holds state. */
    private void assertPoolThreadsHoldNothing() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        Callable<Boolean> check = () -> {
            both.countDown();
            both.await(10, TimeUnit.SECONDS);
            return this.registry.hasThreadState() || this.registry.getRegisteredObject(DISCOUNT) != Discount.class;
        };
        for (Future<Boolean> dirty : this.pool.invokeAll(List.of(check, check))) {
            assertThat(dirty.get()).isFalse();
        }
    }
}
