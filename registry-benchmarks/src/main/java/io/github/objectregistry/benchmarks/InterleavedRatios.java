package io.github.objectregistry.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check of the JSON goals for a loaded machine, where JMH's wall-clock scores of two benchmarks run
 * one after the other drift with whatever else runs: here each round runs a batch of the subject and a batch
 * of its baseline back to back in one JVM and one thread, timed in that thread's CPU time (time spent
 * descheduled does not count), and the ratio reported is the median of the rounds' ratios. It also prints each
 * variant's allocation per operation, counted by the JVM for the thread, which does not depend on the load.
 *
 * <pre>
 * java -cp registry-benchmarks/target/benchmarks.jar io.github.objectregistry.benchmarks.InterleavedRatios [rounds]
 * </pre>
 */
public final class InterleavedRatios {

    private static final int BATCH = 200;

    private InterleavedRatios() {
    }

    public static void main(String[] args) {
        int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
        JsonBenchmarks json = new JsonBenchmarks();
        json.prepare();
        try {
            Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
            variants.put("readStockNameProperty", json::readStockNameProperty);
            variants.put("readStockEnvelopeClassNameFirst", json::readStockEnvelopeClassNameFirst);
            variants.put("readEnvelopesClassNameFirst", json::readEnvelopesClassNameFirst);
            variants.put("readEnvelopesConfigFirst", json::readEnvelopesConfigFirst);
            variants.put("readEnvelopesWithoutModule", json::readEnvelopesWithoutModule);
            variants.put("readEnvelopeFloorClassNameFirst", json::readEnvelopeFloorClassNameFirst);
            variants.put("readEnvelopeFloorConfigFirst", json::readEnvelopeFloorConfigFirst);
            variants.put("readEnvelopesInScopeOverridingOneName", json::readEnvelopesInScopeOverridingOneName);
            variants.put("writeStockNameProperty", json::writeStockNameProperty);
            variants.put("writeStockEnvelope", json::writeStockEnvelope);
            variants.put("writeEnvelopes", json::writeEnvelopes);
            variants.put("writeEnvelopesWithoutModule", json::writeEnvelopesWithoutModule);
            variants.put("writeEnvelopeFloor", json::writeEnvelopeFloor);
            variants.put("tokenizeStockDocument", json::tokenizeStockDocument);
            variants.put("tokenizeEnvelopeDocument", json::tokenizeEnvelopeDocument);
            for (int warmUp = 0; warmUp < 30; warmUp++) {
                variants.values().forEach(InterleavedRatios::batch);
            }
            Map<String, Long> allocated = new LinkedHashMap<>();
            variants.forEach((name, operation) -> allocated.put(name, bytesPerOperation(operation)));
            Map<String, double[]> micros = new LinkedHashMap<>();
            variants.keySet().forEach((name) -> micros.put(name, new double[rounds]));
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Supplier<Object>> variant : variants.entrySet()) {
                    micros.get(variant.getKey())[round] = batch(variant.getValue());
                }
            }
            micros.forEach((name, values) -> System.out.printf(Locale.ROOT,
                    "%-40s %8.2f us/op (median CPU time) %,9d B/op%n", name, median(values), allocated.get(name)));
            System.out.println();
            List<BenchmarkReport.Goal> rows = new ArrayList<>(BenchmarkReport.GOALS);
            rows.addAll(BenchmarkReport.DIAGNOSTICS);
            for (BenchmarkReport.Goal goal : rows) {
                double[] subject = micros.get(shortName(goal.subject()));
                double[] baseline = micros.get(shortName(goal.baseline()));
                if (subject != null && baseline != null) {
                    double[] ratios = new double[rounds];
                    for (int round = 0; round < rounds; round++) {
                        ratios[round] = baseline[round] / subject[round];
                    }
                    double ratio = median(ratios);
                    System.out.printf(Locale.ROOT, "%s vs %s: %.2fx%s%n", shortName(goal.subject()),
                            shortName(goal.baseline()), ratio, Double.isNaN(goal.limit()) ? " (diagnostic)"
                                    : String.format(Locale.ROOT, " (goal >= %.2fx) %s", goal.limit(),
                                            goal.isMet(ratio) ? "met" : "MISSED"));
                }
            }
        }
        finally {
            json.closeScope();
        }
    }

    /** Microseconds of this thread's CPU time per operation, over one batch. */
    private static double batch(Supplier<Object> operation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < BATCH; i++) {
            sink = operation.get();
        }
        long end = threads.getCurrentThreadCpuTime();
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return (end - start) / 1e3 / BATCH;
    }

    /** Bytes this thread allocates for one operation, the least of a few tries (a GC or a JIT event adds noise). */
    private static long bytesPerOperation(Supplier<Object> operation) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = threads.getCurrentThreadAllocatedBytes();
            operation.get();
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - start);
        }
        return least;
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
