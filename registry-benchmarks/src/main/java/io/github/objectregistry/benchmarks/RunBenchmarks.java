package io.github.objectregistry.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and reports each benchmark as a ratio to its baseline from the same run.
 *
 * <pre>
 * java -jar registry-benchmarks/target/benchmarks.jar            # full suite, about 11 minutes on 2 cores
 * java -jar registry-benchmarks/target/benchmarks.jar --smoke    # a quick pass, under 2 minutes
 * java -jar registry-benchmarks/target/benchmarks.jar --out DIR  # where results go (benchmark-results)
 * </pre>
 *
 * It writes {@code results.json} (JMH's format), {@code ratios.md} and {@code deserialization-throughput.svg}.
 */
public final class RunBenchmarks {

    private static final String MICRO = ".*\\.(LookupBenchmarks|ScopeBenchmarks|SnapshotBenchmarks|JsonBenchmarks"
            + "|AspectBenchmarks|WebFluxBenchmarks|MigrationBenchmarks)\\..*";

    private static final String STARTUP = ".*\\.StartupBenchmarks\\..*";

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean smoke = arguments.contains("--smoke");
        int out = arguments.indexOf("--out");
        Path directory = Path.of((out >= 0) ? arguments.get(out + 1) : "benchmark-results");
        Files.createDirectories(directory);

        Collection<RunResult> results = new ArrayList<>();
        results.addAll(new Runner(micro(smoke).build()).run());
        results.addAll(new Runner(startup(smoke).build()).run());

        ResultFormatFactory.getInstance(ResultFormatType.JSON, directory.resolve("results.json").toString())
            .writeOut(results);
        Map<String, BenchmarkReport.Measured> measured = BenchmarkReport.measurements(results);
        String table = BenchmarkReport.markdown(measured);
        Files.writeString(directory.resolve("ratios.md"), table);
        Files.writeString(directory.resolve("deserialization-throughput.svg"), BenchmarkReport.svg(measured));
        System.out.println();
        System.out.println("Ratios to the baselines of this run (" + (smoke ? "smoke pass" : "full suite") + "):");
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + directory.toAbsolutePath());
    }

    /** Nanosecond and microsecond benchmarks, with allocation per operation. */
    static ChainedOptionsBuilder micro(boolean smoke) {
        return new OptionsBuilder().include(MICRO)
            .forks(smoke ? 1 : 2)
            .warmupIterations(smoke ? 2 : 4)
            .warmupTime(TimeValue.milliseconds(smoke ? 300 : 1000))
            .measurementIterations(smoke ? 3 : 5)
            .measurementTime(TimeValue.milliseconds(smoke ? 300 : 1000))
            .addProfiler(GCProfiler.class)
            .jvmArgsAppend("-Xms1g", "-Xmx1g");
    }

    /** Whole context starts: one start per iteration, after warm-up starts in the same JVM. */
    static ChainedOptionsBuilder startup(boolean smoke) {
        return new OptionsBuilder().include(STARTUP)
            .forks(smoke ? 1 : 2)
            .warmupIterations(smoke ? 2 : 8)
            .measurementIterations(smoke ? 4 : 15)
            .jvmArgsAppend("-Xms1g", "-Xmx1g");
    }
}
