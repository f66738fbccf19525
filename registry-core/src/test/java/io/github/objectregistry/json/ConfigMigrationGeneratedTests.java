package io.github.objectregistry.json;

import java.util.Random;

import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.Versioned.Noise;
import io.github.objectregistry.json.Versioned.Scale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4.7, generated: for many random version-1 configs, reading the old document (migrate, then bind)
 * gives the same object as binding the hand-written current form of the same values. Seeded, so a failure
 * names the seed and the config and replays exactly.
 */
class ConfigMigrationGeneratedTests {

    private static final long SEED = 20261121L;

    private static final int CASES = 500;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RegistrySerializer serializer = new RegistrySerializer(Versioned.registry());

    @Test
    void randomVersionOneScaleConfigsReadAsTheirHandWrittenVersionThreeForm() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            double by = random.nextGaussian() * 1e3;
            int min = random.nextInt();
            int max = random.nextInt();
            // Written by the old class, under its old name and in any key order a writer might choose.
            ObjectNode v1 = NODES.objectNode();
            v1.put("by", by).put("min", min).put("max", max);
            String old = envelope("versioned>Multiply", null, v1, random.nextBoolean());
            ObjectNode v3 = NODES.objectNode();
            v3.put("factor", by).put("mode", "linear");
            v3.putObject("bounds").put("min", min).put("max", max);
            String current = envelope("versioned>Scale", 3, v3, random.nextBoolean());
            Layer migrated = this.serializer.fromJson(old, Layer.class);
            assertThat(migrated).as("seed %d, case %d: %s", SEED, i, old)
                .isEqualTo(this.serializer.fromJson(current, Layer.class))
                .isEqualTo(new Scale(by, "linear", new Versioned.Bounds(min, max)));
        }
    }

    @Test
    void randomVersionOneNoiseConfigsReadAsTheirHandWrittenVersionTwoForm() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            double rate = random.nextDouble();
            ObjectNode v1 = NODES.objectNode().put("rate", rate);
            ObjectNode v2 = NODES.objectNode();
            v2.putObject("dropout").put("rate", rate).put("seed", 0);
            Integer explicitVersion = random.nextBoolean() ? 1 : null;
            String old = envelope("versioned>Noise", explicitVersion, v1, random.nextBoolean());
            String current = envelope("versioned>Noise", 2, v2, random.nextBoolean());
            assertThat(this.serializer.fromJson(old, Layer.class)).as("seed %d, case %d: %s", SEED + 1, i, old)
                .isEqualTo(this.serializer.fromJson(current, Layer.class))
                .isInstanceOf(Noise.class);
        }
    }

    /** An envelope with its version (if any) and config either before the names or after them. */
    private static String envelope(String name, Integer version, ObjectNode config, boolean configFirst) {
        ObjectNode envelope = NODES.objectNode();
        if (configFirst) {
            envelope.set("config", config);
        }
        if (version != null && !configFirst) {
            envelope.put("config_version", version);
        }
        envelope.put("class_name", name.substring(name.indexOf('>') + 1)).put("registered_name", name);
        if (!configFirst) {
            envelope.set("config", config);
        }
        else if (version != null) {
            envelope.put("config_version", version);
        }
        return envelope.toString();
    }
}
