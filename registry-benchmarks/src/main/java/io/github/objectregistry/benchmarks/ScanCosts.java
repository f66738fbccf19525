package io.github.objectregistry.benchmarks;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.RegisteredTypes;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the fallback scan's time goes, outside any context: for the start-up benchmark's package of 1,000
 * registered classes, the median wall-clock time of listing its class files, of listing and reading them (the
 * least any scan must do), of the whole scan, and of reading the index instead, then loading the classes and
 * registering them (the least any start-up with the index must do). Warm medians over many rounds in one JVM; run on a quiet machine.
 *
 * <pre>
 * java -cp registry-benchmarks/target/benchmarks.jar io.github.objectregistry.benchmarks.ScanCosts [rounds]
 * </pre>
 */
public final class ScanCosts {

    private static final String PACKAGE = "io.github.objectregistry.benchmarks.startup";

    private ScanCosts() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 150;
        DefaultResourceLoader loader = new DefaultResourceLoader();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        StandardEnvironment environment = new StandardEnvironment();
        String pattern = "classpath*:" + PACKAGE.replace('.', '/') + "/**/*.class";
        double[][] millis = new double[6][rounds];
        int files = 0;
        for (int round = -rounds / 2; round < rounds; round++) {
            long start = System.nanoTime();
            Resource[] resources = resolver.getResources(pattern);
            long listed = System.nanoTime();
            for (Resource resource : resources) {
                resource.getContentAsByteArray();
            }
            long read = System.nanoTime();
            RegisteredTypes.find(environment, loader, List.of(PACKAGE), false);
            long scanned = System.nanoTime();
            RegisteredTypes indexed = RegisteredTypes.find(environment, loader, List.of(PACKAGE), true);
            long fromIndex = System.nanoTime();
            List<Class<?>> classes = indexed.load(ScanCosts.class.getClassLoader());
            long loaded = System.nanoTime();
            ObjectRegistry registry = new ObjectRegistry();
            classes.forEach(registry::register);
            long registered = System.nanoTime();
            if (round >= 0) {
                long[] ends = { listed, read, scanned, fromIndex, loaded, registered };
                long[] starts = { start, start, read, scanned, scanned, scanned };
                for (int i = 0; i < ends.length; i++) {
                    millis[i][round] = (ends[i] - starts[i]) / 1e6;
                }
            }
            files = resources.length;
        }
        String[] what = { "list the package's class files", "list and read them (any scan's least work)",
                "the whole fallback scan (prefilter, parse)", "read the index instead",
                "read the index and load the classes", "read the index, load and register the classes" };
        System.out.printf(Locale.ROOT, "%d class files, median of %d warm rounds:%n", files, rounds);
        for (int i = 0; i < what.length; i++) {
            System.out.printf(Locale.ROOT, "  %-45s %6.2f ms%n", what[i], median(millis[i]));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
