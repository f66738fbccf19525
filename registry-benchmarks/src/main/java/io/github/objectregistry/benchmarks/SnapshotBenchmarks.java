package io.github.objectregistry.benchmarks;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.context.ScopeSnapshotAccessor;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
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
 * Capturing the thread's scopes and running a task under them: the registry's own {@code ScopeSnapshot},
 * against context-propagation's {@code ContextSnapshot} carrying only the registry's accessor, the generic path
 * that Spring's task decorator and Reactor take. The task runs on the capturing thread, so that the ratio
 * measures the two mechanisms and not an executor's hand-off, which costs both the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SnapshotBenchmarks {

    private final ObjectRegistry registry = Shapes.registry();

    private final ContextSnapshotFactory contextSnapshots = ContextSnapshotFactory.builder()
        .contextRegistry(new ContextRegistry().registerThreadLocalAccessor(new ScopeSnapshotAccessor(this.registry)))
        .build();

    private final Callable<Object> task = () -> this.registry.getRegisteredObject("bench>Circle");

    private CustomObjectScope scope;

    /** Runs on the benchmark thread (Scope.Thread), so the scope is open where the snapshots are taken. */
    @Setup(Level.Trial)
    public void openScope() {
        this.scope = this.registry.customObjectScope(Map.of("bench>Circle", Shapes.CircleV2.class));
    }

    @TearDown(Level.Trial)
    public void closeScope() {
        this.scope.close();
    }

    @Benchmark
    public Object captureAndRunUnderScopeSnapshot() throws Exception {
        return this.registry.captureScopes().wrap(this.task).call();
    }

    @Benchmark
    public Object captureAndRunUnderContextSnapshot() throws Exception {
        return this.contextSnapshots.captureAll().wrap(this.task).call();
    }
}
