package io.github.objectregistry.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Opening and closing a one-entry scope, against the thread-local set and remove it stands on. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScopeBenchmarks {

    private static final ThreadLocal<Object> THREAD_LOCAL = new ThreadLocal<>();

    private final ObjectRegistry registry = Shapes.registry();

    private final Map<String, Object> entry = Map.of("bench>Circle", Shapes.CircleV2.class);

    @Benchmark
    public Object threadLocalSetAndRemove() {
        THREAD_LOCAL.set(this.entry);
        Object value = THREAD_LOCAL.get();
        THREAD_LOCAL.remove();
        return value;
    }

    @Benchmark
    public Object openAndCloseScope() {
        try (CustomObjectScope scope = this.registry.customObjectScope(this.entry)) {
            return scope;
        }
    }
}
