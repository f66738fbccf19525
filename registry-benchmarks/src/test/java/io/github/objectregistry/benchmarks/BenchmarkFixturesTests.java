package io.github.objectregistry.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.aop.WithCustomObjectsAspect;
import io.github.objectregistry.benchmarks.BenchmarkReport.Goal;
import io.github.objectregistry.benchmarks.BenchmarkReport.Kind;
import io.github.objectregistry.benchmarks.BenchmarkReport.Measured;
import io.github.objectregistry.benchmarks.startup.StartupApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Each benchmark and its baseline do the same work, so their ratio means something. */
class BenchmarkFixturesTests {

    private static final Comparator<Object> IDENTITY = (a, b) -> (a == b) ? 0 : 1;

    @Test
    void envelopeAndStockVariantsReadTheSameHundredObjects() {
        JsonBenchmarks benchmarks = new JsonBenchmarks();
        benchmarks.prepare();
        try {
            List<Shapes.Shape> expected = Shapes.hundred();
            assertThat(benchmarks.readStockNameProperty()).isEqualTo(Shapes.hundredStock());
            assertThat(benchmarks.readEnvelopesClassNameFirst()).isEqualTo(expected);
            assertThat(benchmarks.readEnvelopesConfigFirst()).isEqualTo(expected);
            assertThat(benchmarks.readEnvelopeFloorClassNameFirst()).isEqualTo(expected);
            assertThat(benchmarks.readEnvelopeFloorConfigFirst()).isEqualTo(expected);
            assertThat(configs(benchmarks.readStockEnvelopeClassNameFirst())).isEqualTo(expected);
            assertThat(configs(benchmarks.readStockEnvelopeConfigFirst())).isEqualTo(expected);
        }
        finally {
            benchmarks.closeScope();
        }
    }

    @Test
    void stockEnvelopeRouteReadsTheNamesAndModuleOurEnvelopesCarry() {
        JsonBenchmarks benchmarks = new JsonBenchmarks();
        benchmarks.prepare();
        try {
            @SuppressWarnings("unchecked")
            Shapes.StockEnvelope first = ((List<Shapes.StockEnvelope>) benchmarks.readStockEnvelopeClassNameFirst())
                .get(0);
            assertThat(first.registeredName).isEqualTo("bench>Circle");
            assertThat(first.module).isEqualTo(Shapes.class.getPackageName());
        }
        finally {
            benchmarks.closeScope();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Shapes.Shape> configs(Object stockEnvelopes) {
        return ((List<Shapes.StockEnvelope>) stockEnvelopes).stream().map((envelope) -> envelope.config).toList();
    }

    @Test
    void migrationVariantsReadTheSameHundredObjectsFromDifferentDocuments() {
        MigrationBenchmarks benchmarks = new MigrationBenchmarks();
        benchmarks.prepare();
        assertThat(benchmarks.readCurrentVersion()).isEqualTo(MigrationBenchmarks.hundred());
        assertThat(benchmarks.readVersionOneThroughOneMigration()).isEqualTo(MigrationBenchmarks.hundred());
        JsonMapper mapper = Shapes.envelopeMapper(Shapes.registry());
        String current = mapper.writeValueAsString(List.of(Map.of("config_version", 2, "config", Map.of("radius", 1))));
        assertThat(MigrationBenchmarks.asStoredByVersionOne(mapper, current)).isEqualTo("[{\"config\":{\"r\":1}}]");
    }

    @Test
    void tokenizingDiagnosticsWalkWholeDocuments() {
        JsonBenchmarks benchmarks = new JsonBenchmarks();
        benchmarks.prepare();
        try {
            // Each stock object is { + class_name pair + 4 field pairs + } = 12 tokens; an envelope adds the
            // registered_name and module pairs and the config key with its braces: 7 more. Plus the array's [ ].
            assertThat(benchmarks.tokenizeStockDocument()).isEqualTo(2 + 100 * 12);
            assertThat(benchmarks.tokenizeEnvelopeDocument()).isEqualTo(2 + 100 * (12 + 7));
        }
        finally {
            benchmarks.closeScope();
        }
    }

    @Test
    void configFirstVariantReallyPutsConfigFirst() {
        JsonMapper mapper = Shapes.envelopeMapper(Shapes.registry());
        String envelopes = mapper.writerFor(Shapes.SHAPES).writeValueAsString(Shapes.hundred());
        assertThat(envelopes).startsWith("[{\"class_name\"");
        assertThat(Shapes.configFirst(mapper, envelopes)).startsWith("[{\"config\"");
    }

    @Test
    void scopedVariantReadsTheOverrideForOneNameOnly() {
        JsonBenchmarks benchmarks = new JsonBenchmarks();
        benchmarks.prepare();
        try {
            List<?> read = (List<?>) benchmarks.readEnvelopesInScopeOverridingOneName();
            assertThat(read.get(0)).isInstanceOf(Shapes.CircleV2.class);
            assertThat(read.get(1)).isInstanceOf(Shapes.Rect.class);
        }
        finally {
            benchmarks.closeScope();
        }
    }

    @Test
    void writeVariantsCarryTheSameValues() {
        JsonBenchmarks benchmarks = new JsonBenchmarks();
        benchmarks.prepare();
        try {
            assertThat(benchmarks.writeEnvelopes()).contains("\"registered_name\":\"bench>Circle\"");
            assertThat(benchmarks.writeStockNameProperty()).contains("\"class_name\":\"Circle\"");
            // Stock Jackson writes an external type id after the value it types; the keys and values are ours.
            JsonMapper mapper = Shapes.envelopeMapper(Shapes.registry());
            assertThat(mapper.readTree(benchmarks.writeStockEnvelope()))
                .isEqualTo(mapper.readTree(benchmarks.writeEnvelopes()));
            assertThat(benchmarks.writeEnvelopeFloor()).as("the write floor, character for character")
                .isEqualTo(benchmarks.writeEnvelopes());
        }
        finally {
            benchmarks.closeScope();
        }
    }

    @Test
    void lookupVariantsFindTheSameObjects() {
        LookupBenchmarks benchmarks = new LookupBenchmarks();
        benchmarks.fill();
        try {
            // Each call moves on to the next of the 1,000 names, so each variant called 1,000 times walks the
            // same names in the same order, and must find the very same instances.
            List<Object> fromHashMap = lookUpEveryName(benchmarks::hashMapGet);
            assertThat(fromHashMap).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(fromHashMap.get(0)).hasToString("bench>name1");
            assertThat(lookUpEveryName(benchmarks::registryLookup)).usingElementComparator(IDENTITY)
                .containsExactlyElementsOf(fromHashMap);
            assertThat(lookUpEveryName(benchmarks::registryLookupUnderThreeScopes)).usingElementComparator(IDENTITY)
                .containsExactlyElementsOf(fromHashMap);
        }
        finally {
            benchmarks.closeScopes();
        }
    }

    private static List<Object> lookUpEveryName(Supplier<Object> lookup) {
        return IntStream.range(0, 1_000).mapToObj((i) -> lookup.get()).toList();
    }

    @Test
    void snapshotVariantsRunTheSameTaskUnderTheScopeAndRestoreTheThread() throws Exception {
        SnapshotBenchmarks benchmarks = new SnapshotBenchmarks();
        benchmarks.openScope();
        assertThat(benchmarks.captureAndRunUnderScopeSnapshot()).isEqualTo(Shapes.CircleV2.class);
        assertThat(benchmarks.captureAndRunUnderContextSnapshot()).isEqualTo(Shapes.CircleV2.class);
        // Only a thread given back its very own scopes can close the one opened before the runs.
        benchmarks.closeScope();
    }

    @Test
    void aspectVariantsDifferOnlyInTheScope() {
        AspectBenchmarks benchmarks = new AspectBenchmarks();
        assertThat(benchmarks.withCustomObjects()).isEqualTo(Shapes.CircleV2.class);
        assertThat(benchmarks.withCustomObjectsAdvisor()).isEqualTo(Shapes.CircleV2.class);
        assertThat(benchmarks.noOpAspect()).isEqualTo(Shapes.Circle.class);
        ObjectRegistry registry = Shapes.registry();
        AspectBenchmarks.Work work = AspectBenchmarks.proxy(new AspectBenchmarks.AnnotatedWork(registry),
                new WithCustomObjectsAspect(registry, null, 0));
        work.run();
        assertThat(registry.scopeDepth()).isZero();
    }

    @Test
    void startupVariantsDifferOnlyInTheStarter() {
        try (ConfigurableApplicationContext with = StartupBenchmarks.start(true);
                ConfigurableApplicationContext scanning = StartupBenchmarks.start(true,
                        "object-registry.scan.use-index=false");
                ConfigurableApplicationContext without = StartupBenchmarks.start(false)) {
            assertThat(with.getBean(ObjectRegistry.class).getRegistrations()).hasSize(1_000)
                .isEqualTo(scanning.getBean(ObjectRegistry.class).getRegistrations());
            assertThat(without.getBeanNamesForType(ObjectRegistry.class)).isEmpty();
            // No auto-configuration of ours is in the baseline, not even one that would back off.
            assertThat(StartupBenchmarks.STARTER_AUTO_CONFIGURATIONS).hasSizeGreaterThan(10);
            assertThat(without.getBeanDefinitionNames()).noneMatch((name) -> name.contains("objectregistry"));
        }
    }

    @Test
    void startupApplicationCarriesTheIndexOfItsGeneratedClasses() throws IOException {
        // The index of the root StartupApplication was compiled into, not the test classes' own.
        URL root = StartupApplication.class.getProtectionDomain().getCodeSource().getLocation();
        try (InputStream in = new URL(root, "object-registry.index").openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter((line) -> line.startsWith(StartupApplication.class.getPackageName() + ".generated.Generated")))
                .hasSize(1_000);
        }
    }

    @Test
    void webFluxVariantsAnswerTheSameAndDifferOnlyInTheRequestScope() {
        WebFluxBenchmarks benchmarks = new WebFluxBenchmarks();
        benchmarks.start();
        try {
            assertThat(benchmarks.requestWithRequestScope().getBodyAsString().block()).isEqualTo("Discount");
            assertThat(benchmarks.requestWithoutRequestScope().getBodyAsString().block()).isEqualTo("Discount");
            assertThat(benchmarks.filterCounts()).containsExactly(1, 0);
        }
        finally {
            benchmarks.stop();
        }
    }

    @Test
    void reportReadsRatiosInTheGoalsOwnTerms() {
        Goal time = new Goal("t", "A.a", "A.b", Kind.TIME_AT_MOST, 1.5);
        Goal throughput = new Goal("q", "A.a", "A.b", Kind.THROUGHPUT_AT_LEAST, 0.85);
        Measured slow = new Measured(20, 1, "ns/op", Double.NaN);
        Measured fast = new Measured(10, 1, "ns/op", Double.NaN);
        assertThat(time.ratio(slow, fast)).isEqualTo(2.0);
        assertThat(time.isMet(2.0)).isFalse();
        assertThat(throughput.ratio(slow, fast)).isEqualTo(0.5);
        assertThat(throughput.isMet(0.5)).isFalse();
        String table = BenchmarkReport.markdown(Map.of("LookupBenchmarks.registryLookup", fast,
                "LookupBenchmarks.hashMapGet", slow));
        assertThat(table).contains("| 0.50× | ≤ 1.50× time | yes |").contains("not run");
        assertThat(BenchmarkReport.svg(Map.of("JsonBenchmarks.readStockNameProperty",
                new Measured(50, 1, "us/op", 1000)))).contains("20,000 lists/s");
    }
}
