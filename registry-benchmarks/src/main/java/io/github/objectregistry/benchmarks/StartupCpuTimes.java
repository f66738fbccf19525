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

import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The start-up goals measured for a loaded machine, where JMH's wall-clock single shots scatter with whatever
 * else runs: each round starts and closes every variant's context once, back to back in one JVM and one thread,
 * timed in that thread's CPU time, and each ratio reported is the median of the rounds' ratios to the context
 * without the starter. Besides the goals' variants it starts the starter less one of its auto-configurations at
 * a time, for each one that applies to the benchmark application, so the difference says what that one costs.
 *
 * <pre>
 * java -cp registry-benchmarks/target/benchmarks.jar io.github.objectregistry.benchmarks.StartupCpuTimes [rounds]
 * </pre>
 */
public final class StartupCpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StartupCpuTimes() {
    }

    public static void main(String[] args) {
        int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
        Map<String, Supplier<ConfigurableApplicationContext>> variants = new LinkedHashMap<>();
        variants.put("withoutStarter", () -> StartupBenchmarks.start(false));
        variants.put("withStarter", () -> StartupBenchmarks.start(true));
        variants.put("withStarterScanning", () -> StartupBenchmarks.start(true, "object-registry.scan.use-index=false"));
        for (String applied : appliedAutoConfigurations()) {
            variants.put("withStarter less " + applied.substring(applied.lastIndexOf('.') + 1),
                    () -> StartupBenchmarks.start(true, "spring.autoconfigure.exclude=" + applied));
        }
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            variants.values().forEach(StartupCpuTimes::cpuMillis);
        }
        Map<String, double[]> millis = new LinkedHashMap<>();
        variants.keySet().forEach((name) -> millis.put(name, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Supplier<ConfigurableApplicationContext>> variant : variants.entrySet()) {
                millis.get(variant.getKey())[round] = cpuMillis(variant.getValue());
            }
        }
        double[] baseline = millis.get("withoutStarter");
        millis.forEach((name, values) -> {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = values[round] / baseline[round];
            }
            System.out.printf(Locale.ROOT, "%-70s %7.2f ms (median CPU time) %5.2fx withoutStarter%n", name,
                    median(values), median(ratios));
        });
    }

    /** Our auto-configurations that match in the benchmark application, core first. */
    private static List<String> appliedAutoConfigurations() {
        try (ConfigurableApplicationContext context = StartupBenchmarks.start(true)) {
            List<String> applied = new ArrayList<>();
            ConditionEvaluationReport.get(context.getBeanFactory()).getConditionAndOutcomesBySource()
                .forEach((source, outcomes) -> {
                    if (StartupBenchmarks.STARTER_AUTO_CONFIGURATIONS.contains(source) && outcomes.isFullMatch()) {
                        applied.add(source);
                    }
                });
            return applied;
        }
    }

    private static double cpuMillis(Supplier<ConfigurableApplicationContext> start) {
        long before = THREADS.getCurrentThreadCpuTime();
        start.get().close();
        return (THREADS.getCurrentThreadCpuTime() - before) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
