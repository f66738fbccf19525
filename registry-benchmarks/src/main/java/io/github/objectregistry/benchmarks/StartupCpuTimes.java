package io.github.objectregistry.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
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
 * <p>With {@code cold}, every start runs in a fresh JVM instead, the variants interleaved: the first start of an
 * application, which also loads the 1,000 classes. It reports the medians of the start's wall-clock time, the
 * process's CPU time over it (all threads) and the starting thread's CPU time: what work on other threads moves
 * off the start's path onto a second core.
 *
 * <pre>
 * java -cp registry-benchmarks/target/benchmarks.jar io.github.objectregistry.benchmarks.StartupCpuTimes [rounds]
 * java -cp registry-benchmarks/target/benchmarks.jar io.github.objectregistry.benchmarks.StartupCpuTimes cold [forks]
 * </pre>
 */
public final class StartupCpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StartupCpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("cold")) {
            cold(args);
            return;
        }
        int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
        Map<String, Supplier<ConfigurableApplicationContext>> variants = new LinkedHashMap<>();
        variants.put("withoutStarter", () -> StartupBenchmarks.start(false));
        variants.put("withStarter", () -> StartupBenchmarks.start(true));
        variants.put("withStarterScanning",
                () -> StartupBenchmarks.start(true, "object-registry.scan.use-index=false"));
        // The starter's own floor: its auto-configurations with no class to register, and the core one alone.
        variants.put("withStarter, scan disabled",
                () -> StartupBenchmarks.start(true, "object-registry.scan.enabled=false"));
        variants.put("withStarter, only ObjectRegistryAutoConfiguration", () -> StartupBenchmarks.start(true,
                "spring.autoconfigure.exclude=" + String.join(",", StartupBenchmarks.STARTER_AUTO_CONFIGURATIONS
                    .stream().filter((name) -> !name.endsWith(".ObjectRegistryAutoConfiguration")).toList())));
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

    /** The variants of a first start, each as the properties it adds to the starter's context. */
    private static final Map<String, String[]> COLD_VARIANTS = new LinkedHashMap<>();

    static {
        COLD_VARIANTS.put("withoutStarter", null);
        COLD_VARIANTS.put("withStarter", new String[0]);
        COLD_VARIANTS.put("withStarterScanning", new String[] { "object-registry.scan.use-index=false" });
    }

    /**
     * {@code cold [forks]} starts a JVM per start and prints the medians; {@code cold-one VARIANT} is one such
     * JVM, printing the start's wall-clock and process CPU milliseconds.
     */
    private static void cold(String[] args) throws Exception {
        if (args[0].equals("cold-one")) {
            String[] properties = COLD_VARIANTS.get(args[1]);
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long mainCpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            StartupBenchmarks.start(properties != null, (properties != null) ? properties : new String[0]).close();
            System.out.printf(Locale.ROOT, "%n%.3f %.3f %.3f%n", (System.nanoTime() - wall) / 1e6,
                    (os.getProcessCpuTime() - cpu) / 1e6, (THREADS.getCurrentThreadCpuTime() - mainCpu) / 1e6);
            return;
        }
        int forks = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
        Map<String, double[][]> results = new LinkedHashMap<>();
        COLD_VARIANTS.keySet().forEach((name) -> results.put(name, new double[3][forks]));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int fork = 0; fork < forks; fork++) {
            for (String variant : COLD_VARIANTS.keySet()) {
                Process process = new ProcessBuilder(java, "-Xms1g", "-Xmx1g", "-cp",
                        System.getProperty("java.class.path"), StartupCpuTimes.class.getName(), "cold-one", variant)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
                List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
                process.waitFor();
                String[] last = lines.get(lines.size() - 1).split(" ");
                results.get(variant)[0][fork] = Double.parseDouble(last[0]);
                results.get(variant)[1][fork] = Double.parseDouble(last[1]);
                results.get(variant)[2][fork] = Double.parseDouble(last[2]);
            }
        }
        double[][] baseline = results.get("withoutStarter");
        results.forEach((name, values) -> System.out.printf(Locale.ROOT,
                "%-27s wall %7.1f ms (%4.2fx)  process CPU %7.1f ms (%4.2fx)  main thread CPU %7.1f ms (%4.2fx)%n",
                name, median(values[0]), median(values[0]) / median(baseline[0]), median(values[1]),
                median(values[1]) / median(baseline[1]), median(values[2]), median(values[2]) / median(baseline[2])));
        System.out.println("(medians of " + forks + " first starts each, one JVM per start)");
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
