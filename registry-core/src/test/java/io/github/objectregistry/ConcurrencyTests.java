package io.github.objectregistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded concurrency check: many threads register, look up, open nested scopes and write through the
 * live view at once, and each must only ever see its own scoped objects.
 */
class ConcurrencyTests {

    private static final int THREADS = 8;

    private static final int ITERATIONS = 20_000;

    @Test
    void eachThreadSeesItsOwnScopedObjectsAndNeverAnotherThreads() throws Exception {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register("shared", "base", "global-value");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            results.add(pool.submit(() -> {
                start.await();
                return runWorker(registry, id);
            }));
        }
        start.countDown();
        long mismatches = 0;
        for (Future<Long> result : results) {
            mismatches += result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(mismatches).isZero();
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < ITERATIONS; i += 1000) {
                assertThat(registry.getRegisteredObject("t" + t + ">n" + i)).isEqualTo("v" + t + "-" + i);
            }
        }
        assertThat(registry.getRegisteredObject("shared>base")).isEqualTo("global-value");
    }

    private static long runWorker(ObjectRegistry registry, int id) {
        long mismatches = 0;
        String mine = "mine-" + id;
        for (int i = 0; i < ITERATIONS; i++) {
            if (i % 1000 == 0) {
                registry.register("t" + id, "n" + i, "v" + id + "-" + i);
            }
            try (CustomObjectScope outer = registry.customObjectScope(Map.of("shared>base", mine, "who", mine))) {
                try (CustomObjectScope inner = registry.customObjectScope()) {
                    registry.getCustomObjects().put("inner", mine + "-" + i);
                    if (!mine.equals(registry.getRegisteredObject("shared>base"))
                            || !mine.equals(registry.getRegisteredObject("who"))
                            || !(mine + "-" + i).equals(registry.getRegisteredObject("inner"))) {
                        mismatches++;
                    }
                }
                if (registry.getRegisteredObject("inner") != null) {
                    mismatches++;
                }
            }
            if (!"global-value".equals(registry.getRegisteredObject("shared>base"))
                    || registry.getRegisteredObject("who") != null || registry.scopeDepth() != 0) {
                mismatches++;
            }
        }
        return mismatches;
    }
}
