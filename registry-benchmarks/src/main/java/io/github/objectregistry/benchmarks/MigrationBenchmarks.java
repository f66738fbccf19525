package io.github.objectregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading 100 envelopes of a class at version 2: as stored by a version-1 deployment (no {@code config_version},
 * one migration each, which renames a field) against the same values written at the current version, which
 * are bound straight from the stream as for any unversioned class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MigrationBenchmarks {

    /** Version 1 called the radius {@code r}. */
    @RegisterSerializable(value = "bench", version = 2)
    public record Ring(double x, double y, double radius, String color) implements Shapes.Shape {

        @ConfigMigration(from = 1)
        static ObjectNode renameR(ObjectNode config) {
            config.set("radius", config.remove("r"));
            return config;
        }
    }

    private ObjectReader reader;

    private String current;

    private String versionOne;

    @Setup
    public void prepare() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register(Ring.class);
        JsonMapper mapper = Shapes.envelopeMapper(registry);
        this.reader = mapper.readerFor(Shapes.SHAPES);
        this.current = mapper.writerFor(Shapes.SHAPES).writeValueAsString(hundred());
        this.versionOne = asStoredByVersionOne(mapper, this.current);
    }

    /** The hundred rings every variant reads. */
    public static List<Shapes.Shape> hundred() {
        List<Shapes.Shape> rings = new ArrayList<>(100);
        for (int i = 0; i < 100; i++) {
            rings.add(new Ring(i, i * 0.5, 1 + i % 7, "c" + i));
        }
        return rings;
    }

    /** The same document as a version-1 writer left it: no {@code config_version}, and {@code r} for the radius. */
    static String asStoredByVersionOne(JsonMapper mapper, String current) {
        JsonNode envelopes = mapper.readTree(current);
        for (JsonNode envelope : envelopes) {
            ((ObjectNode) envelope).remove("config_version");
            ObjectNode config = (ObjectNode) envelope.get("config");
            config.set("r", config.remove("radius"));
        }
        return mapper.writeValueAsString(envelopes);
    }

    @Benchmark
    public Object readCurrentVersion() {
        return this.reader.readValue(this.current);
    }

    @Benchmark
    public Object readVersionOneThroughOneMigration() {
        return this.reader.readValue(this.versionOne);
    }
}
