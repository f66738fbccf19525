package io.github.objectregistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Isolation under load: 16 threads each open their own scope and send work hopping from one executor to the
 * other and back, each hop under the snapshot of the one before with an override of its own; some hops leak a
 * scope. No task may ever see another's objects, and no pooled thread may keep any state.
 */
class SnapshotStressTests {

    private static final int THREADS = 16;

    private static final int ITERATIONS = 300;

    private static final int POOL_SIZE = 4;

    /** Every this many chains, the last hop leaves a scope open. */
    private static final int LEAK_EVERY = 25;

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ExecutorService first = Executors.newFixedThreadPool(POOL_SIZE);

    private final ExecutorService second = Executors.newFixedThreadPool(POOL_SIZE);

    /** What a hop returns: the problems seen so far, and the snapshot the next hop runs under. */
    record Hop(int problems, ScopeSnapshot next) {
    }

    @Test
    void tasksHoppingAcrossTwoExecutorsNeverSeeAnotherTasksObjectsAndLeaveNoThreadState() throws Exception {
        this.registry.register("shared", "who", "global");
        long problems = 0;
        try (CapturedWarnings log = new CapturedWarnings()) {
            ExecutorService submitters = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                results.add(submitters.submit(() -> {
                    start.await();
                    return submitChains(id);
                }));
            }
            start.countDown();
            for (Future<Long> result : results) {
                problems += result.get(120, TimeUnit.SECONDS);
            }
            submitters.shutdown();
            assertThat(problems).isZero();
            // A chain's result is out before its last task has restored its thread; these checks occupy every
            // pool thread at once, so by the time they run, every task has ended.
            assertThat(threadsWithState(this.first)).isZero();
            assertThat(threadsWithState(this.second)).isZero();
            assertThat(log.warnings()).hasSize(THREADS * ITERATIONS / LEAK_EVERY)
                .allSatisfy((warning) -> assertThat(warning).startsWith("Closed 1 custom object scope(s)"));
        }
        assertThat(this.registry.getRegisteredObject("shared>who")).isEqualTo("global");
        this.first.shutdown();
        this.second.shutdown();
    }

    /** Sends this thread's chains, each under a scope of its own, and adds up the problems they saw. */
    private long submitChains(int id) {
        List<CompletableFuture<Hop>> chains = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            String me = id + "-" + i;
            boolean leak = (id * ITERATIONS + i) % LEAK_EVERY == 0;
            try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("shared>who", me))) {
                ScopeSnapshot origin = this.registry.captureScopes();
                chains.add(CompletableFuture.supplyAsync(() -> hop(me, null, "first", false), on(origin, this.first))
                    .thenCompose((hop) -> next(hop, () -> hop(me, "first", "second", false), this.second))
                    .thenCompose((hop) -> next(hop, () -> hop(me, "second", "back", leak), this.first)));
            }
        }
        return chains.stream().mapToLong((chain) -> chain.join().problems()).sum();
    }

    private static CompletableFuture<Hop> next(Hop before, Supplier<Hop> hop, Executor executor) {
        return CompletableFuture.supplyAsync(hop, on(before.next(), executor))
            .thenApply((after) -> new Hop(before.problems() + after.problems(), after.next()));
    }

    private static Executor on(ScopeSnapshot snapshot, Executor executor) {
        return snapshot.wrap(executor);
    }

    /**
     * One hop: checks that it sees the origin's objects and the previous hop's override only, then adds its own
     * override in a scope and captures it for the next hop.
     */
    private Hop hop(String me, String previousHop, String thisHop, boolean leak) {
        int problems = 0;
        if (!me.equals(this.registry.getRegisteredObject("shared>who"))) {
            problems++;
        }
        if (!Objects.equals(previousHop, this.registry.getRegisteredObject("hop"))) {
            problems++;
        }
        CustomObjectScope scope = this.registry.customObjectScope(Map.of("hop", thisHop));
        ScopeSnapshot next = this.registry.captureScopes();
        if (!leak) {
            scope.close();
        }
        return new Hop(problems, next);
    }

    /** Runs one plain task on every thread of the pool at once; returns how many hold state of the registry. */
    private long threadsWithState(ExecutorService pool) throws Exception {
        CountDownLatch all = new CountDownLatch(POOL_SIZE);
        Callable<Boolean> check = () -> {
            all.countDown();
            all.await(10, TimeUnit.SECONDS);
            return this.registry.hasThreadState() || this.registry.getRegisteredObject("hop") != null;
        };
        long dirty = 0;
        for (Future<Boolean> result : pool.invokeAll(Collections.nCopies(POOL_SIZE, check))) {
            dirty += result.get() ? 1 : 0;
        }
        return dirty;
    }
}
