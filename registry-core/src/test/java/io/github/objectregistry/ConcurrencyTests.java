package io.github.objectregistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded concurrency checks: many threads register, look up, open nested scopes and write through the
 * live view at once, and each must only ever see its own scoped objects; two threads racing to register one
 * name leave exactly one consistent registration.
 */
class ConcurrencyTests {

    private static final int THREADS = 8;

    private static final int ITERATIONS = 20_000;

    /** Races of two registrations, each on a fresh registry. */
    private static final int ROUNDS = 200;

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

    @Test
    void twoThreadsRegisteringTheSameClassUnderTheSameNameBothSucceedWithOneRegistration() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ObjectRegistry registry = new ObjectRegistry();
            List<Object> outcomes = raceTwo(() -> registry.register(MyDense.class),
                    () -> registry.register(MyDense.class));
            assertThat(outcomes).containsExactly("my_package>MyDense", "my_package>MyDense");
            assertThat(registry.getRegistrations())
                .containsExactly(new Registration("my_package>MyDense", MyDense.class, List.of()));
        }
    }

    @Test
    void twoThreadsRegisteringDifferentClassesUnderTheSameNameExactlyOneWinsUnderFailPolicy() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ObjectRegistry registry = new ObjectRegistry();
            List<Object> outcomes = raceTwo(() -> registry.register("race", "Same", MyDense.class),
                    () -> registry.register("race", "Same", OtherDense.class));
            assertThat(outcomes).filteredOn(DuplicateRegistrationException.class::isInstance).hasSize(1);
            assertThat(outcomes).containsOnlyOnce("race>Same");
            Class<?> winner = (Class<?>) registry.getRegisteredObject("race>Same");
            Class<?> loser = (winner == MyDense.class) ? OtherDense.class : MyDense.class;
            assertThat(registry.getRegistrations()).containsExactly(new Registration("race>Same", winner, List.of()));
            assertThat(registry.getRegisteredName(winner)).isEqualTo("race>Same");
            assertThat(registry.isRegistered(loser)).isFalse();
        }
    }

    /** Runs both tasks at once on two threads; returns each one's result, or the exception it threw. */
    private static List<Object> raceTwo(Callable<Object> first, Callable<Object> second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        return task.call();
                    }
                    catch (RegistrationException ex) {
                        return ex;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(10, TimeUnit.SECONDS));
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
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
