package io.github.objectregistry.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.benchmarks.startup.StartupApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting and closing a Spring Boot context whose package holds 1,000 generated registered classes, with
 * the starter, against the same context with the starter's auto-configurations excluded. With the starter,
 * the classes come from the index that registry-processor wrote at build time ({@link #withStarter}), or
 * from the fallback scan ({@link #withStarterScanning}, {@code object-registry.scan.use-index=false}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmarks {

    /**
     * Every auto-configuration the starter contributes, as its imports file lists them: the context without the
     * starter excludes them all, so that none of ours, not even a condition evaluation, is in the baseline.
     */
    static final List<String> STARTER_AUTO_CONFIGURATIONS = ImportCandidates
        .load(AutoConfiguration.class, StartupBenchmarks.class.getClassLoader())
        .getCandidates()
        .stream()
        .filter((name) -> name.startsWith("io.github.objectregistry."))
        .toList();

    static ConfigurableApplicationContext start(boolean withStarter, String... properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(StartupApplication.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .properties("spring.main.banner-mode=off", "logging.level.root=warn")
            .properties(properties);
        if (!withStarter) {
            builder.properties("spring.autoconfigure.exclude=" + String.join(",",
                    STARTER_AUTO_CONFIGURATIONS));
        }
        return builder.run();
    }

    @Benchmark
    public int withoutStarter() {
        try (ConfigurableApplicationContext context = start(false)) {
            return context.getBeanDefinitionCount();
        }
    }

    @Benchmark
    public int withStarter() {
        try (ConfigurableApplicationContext context = start(true)) {
            return context.getBean(ObjectRegistry.class).getRegistrations().size();
        }
    }

    @Benchmark
    public int withStarterScanning() {
        try (ConfigurableApplicationContext context = start(true, "object-registry.scan.use-index=false")) {
            return context.getBean(ObjectRegistry.class).getRegistrations().size();
        }
    }
}
