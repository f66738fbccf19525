package io.github.objectregistry.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A lookup hit among 1,000 names, against {@code HashMap.get} on a map of the same names, and with three
 * nested scopes open that do not hold the name.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBenchmarks {

    private static final int NAMES = 1_000;

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ObjectRegistry scopedRegistry = new ObjectRegistry();

    private final Map<String, Object> hashMap = new HashMap<>();

    private final String[] names = new String[NAMES];

    private CustomObjectScope[] scopes;

    private int next;

    @Setup(Level.Trial)
    public void fill() {
        for (int i = 0; i < NAMES; i++) {
            String name = "bench>name" + i;
            Object target = new StringBuilder(name);
            this.names[i] = new String(name);
            this.registry.register("bench", "name" + i, target);
            this.scopedRegistry.register("bench", "name" + i, target);
            this.hashMap.put(name, target);
        }
        // Scope setup runs on the benchmark thread (Scope.Thread), so the scopes are open where it looks.
        this.scopes = new CustomObjectScope[] { this.scopedRegistry.customObjectScope(Map.of("a", "1")),
                this.scopedRegistry.customObjectScope(Map.of("b", "2")),
                this.scopedRegistry.customObjectScope(Map.of("c", "3")) };
    }

    @TearDown(Level.Trial)
    public void closeScopes() {
        for (int i = this.scopes.length - 1; i >= 0; i--) {
            this.scopes[i].close();
        }
    }

    private String nextName() {
        this.next = (this.next + 1) % NAMES;
        return this.names[this.next];
    }

    @Benchmark
    public Object hashMapGet() {
        return this.hashMap.get(nextName());
    }

    @Benchmark
    public Object registryLookup() {
        return this.registry.getRegisteredObject(nextName());
    }

    @Benchmark
    public Object registryLookupUnderThreeScopes() {
        return this.scopedRegistry.getRegisteredObject(nextName());
    }
}
