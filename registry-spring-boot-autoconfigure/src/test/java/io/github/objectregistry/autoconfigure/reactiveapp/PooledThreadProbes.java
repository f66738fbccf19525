package io.github.objectregistry.autoconfigure.reactiveapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import io.netty.util.concurrent.EventExecutor;
import reactor.core.scheduler.Scheduler;

import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Asks pooled threads whether they hold any state of a registry, by running a probe on each of them. */
final class PooledThreadProbes {

    private PooledThreadProbes() {
    }

    /** {@code hasThreadState()} on each of the server's event loop threads. */
    static List<Boolean> statesOnNettyEventLoops(ObjectRegistry registry, ReactorResourceFactory resources)
            throws Exception {
        List<Boolean> states = new ArrayList<>();
        for (EventExecutor loop : resources.getLoopResources().onServer(true)) {
            states.add(loop.submit(registry::hasThreadState).get(5, TimeUnit.SECONDS));
        }
        return states;
    }

    /**
     * {@code hasThreadState()} on every live worker thread of a scheduler: as many tasks as it has workers, held
     * until all have started so that each takes a worker of its own, and checked to have covered them all.
     */
    static List<Boolean> statesOnEveryWorker(ObjectRegistry registry, Scheduler scheduler, String threadPrefix)
            throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
            .filter((name) -> name.startsWith(threadPrefix) && !name.contains("evictor"))
            .forEach(threads::add);
        int tasks = Math.max(threads.size(), 1);
        CountDownLatch together = new CountDownLatch(tasks);
        Set<String> probed = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Boolean>> probes = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            // Scheduled as a plain task: a Mono would have automatic propagation set the thread's scopes first.
            CompletableFuture<Boolean> probe = new CompletableFuture<>();
            scheduler.schedule(() -> {
                probed.add(Thread.currentThread().getName());
                probe.complete(registry.hasThreadState());
                together.countDown();
                awaitQuietly(together);
            });
            probes.add(probe);
        }
        List<Boolean> states = new ArrayList<>();
        for (CompletableFuture<Boolean> probe : probes) {
            states.add(probe.get(10, TimeUnit.SECONDS));
        }
        assertThat(probed).as("threads probed").containsAll(threads);
        return states;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
