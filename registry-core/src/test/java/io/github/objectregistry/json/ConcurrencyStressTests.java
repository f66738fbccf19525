package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Activation;
import io.github.objectregistry.json.Model.Dense;
import io.github.objectregistry.json.Model.DenseV2;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen threads at once register new names, look names up, open nested scopes, write through the live
 * view inside and outside scopes, and read JSON with scoped overrides on one shared serializer. Each thread
 * must always see its own scoped objects, never another thread's, and every other thread's registrations
 * once they are published; nothing may throw. Scale it with {@code -Dstress.operations=10000000}.
 */
class ConcurrencyStressTests {

    private static final int THREADS = 16;

    /** One round of {@link #round} is about ten operations. */
    private static final long OPERATIONS = Long.getLong("stress.operations", 800_000);

    private static final String DENSE_JSON = "{\"class_name\": \"Dense\", \"registered_name\": \"test>Dense\", "
            + "\"config\": {\"units\": 2, \"activation\": \"stress>mine\"}}";

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    /** How many names each thread has registered so far; a name is published once counted here. */
    private final AtomicIntegerArray published = new AtomicIntegerArray(THREADS);

    private final AtomicLong operations = new AtomicLong();

    /** Per-thread activation instances, so a thread can tell its own from anyone else's. */
    record Marker(int thread) implements Activation {

        @Override
        public double apply(double x) {
            return this.thread;
        }
    }

    @Test
    void scopesStayOnTheirThreadAndRegistrationsReachEveryThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        long rounds = OPERATIONS / 10 / THREADS;
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> problems = new ArrayList<>();
                for (int i = 0; i < rounds && problems.size() < 10; i++) {
                    round(thread, i, problems);
                }
                return problems;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<String> problems = new ArrayList<>();
        for (Future<List<String>> result : results) {
            problems.addAll(result.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        System.out.printf("Concurrency stress: %,d operations on %d threads in %,d ms, %d problems%n",
                this.operations.get(), THREADS, millis, problems.size());
        assertThat(problems).isEmpty();
        assertThat(this.operations.get()).isGreaterThanOrEqualTo(rounds * THREADS * 10);
    }

    private void round(int thread, int i, List<String> problems) {
        Marker mine = new Marker(thread);
        boolean override = (thread % 2 == 0);
        // 1: register a new global name, then publish it
        this.registry.register("t" + thread, "n" + i, new StringBuilder("v" + thread + "-" + i));
        this.published.incrementAndGet(thread);
        // 2: a published registration of another thread is visible here
        int other = ThreadLocalRandom.current().nextInt(THREADS);
        int count = this.published.get(other);
        if (count > 0 && this.registry.getRegisteredObject("t" + other + ">n" + (count - 1)) == null) {
            problems.add("thread " + thread + " cannot see published t" + other + ">n" + (count - 1));
        }
        // 3: nested scopes with thread-specific objects, and a JSON read through them
        Map<String, Object> outer = override ? Map.of("stress>mine", mine, "test>Dense", DenseV2.class)
                : Map.of("stress>mine", mine);
        try (CustomObjectScope scope = this.registry.customObjectScope(outer)) {
            try (CustomObjectScope inner = this.registry.customObjectScope()) {
                this.registry.getCustomObjects().put("stress>inner", mine);
                check(problems, thread, "inner put", this.registry.getRegisteredObject("stress>inner"), mine);
                Layer layer = this.serializer.fromJson(DENSE_JSON, Layer.class);
                Object activation = (layer instanceof DenseV2 v2) ? v2.activation() : ((Dense) layer).activation();
                check(problems, thread, "scoped activation read from JSON", activation, mine);
                if ((layer instanceof DenseV2) != override) {
                    problems.add("thread " + thread + " read " + layer.getClass().getSimpleName() + " with override="
                            + override);
                }
            }
            check(problems, thread, "inner put after inner closed", this.registry.getRegisteredObject("stress>inner"),
                    null);
            check(problems, thread, "outer scope", this.registry.getRegisteredObject("stress>mine"), mine);
        }
        // 4: outside any scope: nothing scoped is visible, global writes go through
        check(problems, thread, "outside scope", this.registry.getRegisteredObject("stress>mine"), null);
        // A fresh name each round: under the default conflict policy a global put never takes another's name.
        this.registry.getCustomObjects().put("g" + thread + ">r" + i, mine);
        check(problems, thread, "global put", this.registry.getRegisteredObject("g" + thread + ">r" + i), mine);
        if (this.registry.scopeDepth() != 0) {
            problems.add("thread " + thread + " left " + this.registry.scopeDepth() + " scopes open");
        }
        this.operations.addAndGet(10);
    }

    private static void check(List<String> problems, int thread, String what, Object seen, Object expected) {
        if (seen != expected) {
            problems.add("thread " + thread + ", " + what + ": expected " + expected + " but saw " + seen);
        }
    }
}
