package io.github.objectregistry.json;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.Configurable;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.json.Model.Layer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Registered classes whose configs changed shape, with their migrations, for the version tests. */
final class Versioned {

    /** How many times any migration here ran, so that a test can see a current document skip them. */
    static final AtomicInteger MIGRATIONS_RUN = new AtomicInteger();

    private Versioned() {
    }

    /** Version 2 nests what version 1 kept flat: {@code {"rate": 0.5}} became {@code {"dropout": {"rate": 0.5, "seed": 0}}}. */
    @RegisterSerializable(value = "versioned", version = 2)
    record Noise(DropoutSpec dropout) implements Layer {

        @ConfigMigration(from = 1)
        static ObjectNode nestRate(ObjectNode config) {
            MIGRATIONS_RUN.incrementAndGet();
            ObjectNode dropout = config.putObject("dropout");
            dropout.set("rate", config.remove("rate"));
            dropout.put("seed", 0);
            return config;
        }
    }

    /** A plain value inside a config. */
    record DropoutSpec(double rate, long seed) {
    }

    /**
     * Once {@code versioned>Multiply} with {@code {"by", "min", "max"}}: renamed (class and field), then given a
     * {@code mode} with a default and its bounds grouped.
     */
    @RegisterSerializable(value = "versioned", aliases = "versioned>Multiply", version = 3)
    record Scale(double factor, String mode, Bounds bounds) implements Layer {

        @ConfigMigration(from = 1)
        static ObjectNode renameByToFactor(ObjectNode config) {
            MIGRATIONS_RUN.incrementAndGet();
            config.set("factor", config.remove("by"));
            return config;
        }

        @ConfigMigration(from = 2)
        static JsonNode addModeAndGroupBounds(JsonNode version2) {
            MIGRATIONS_RUN.incrementAndGet();
            ObjectNode config = (ObjectNode) version2;
            config.put("mode", "linear");
            ObjectNode bounds = config.putObject("bounds");
            bounds.set("min", config.remove("min"));
            bounds.set("max", config.remove("max"));
            return config;
        }
    }

    record Bounds(int min, int max) {
    }

    /** A {@link Configurable} whose key was renamed from {@code t} to {@code threshold}. */
    @RegisterSerializable(value = "versioned", version = 2)
    static final class Threshold implements Configurable, Layer {

        final double threshold;

        Threshold(double threshold) {
            this.threshold = threshold;
        }

        @Override
        public Map<String, Object> getConfig() {
            return Map.of("threshold", this.threshold);
        }

        public static Threshold fromConfig(Map<String, Object> config) {
            return new Threshold(((Number) config.get("threshold")).doubleValue());
        }

        @ConfigMigration(from = 1)
        static ObjectNode renameT(ObjectNode config) {
            config.set("threshold", config.remove("t"));
            return config;
        }
    }

    /** A deployment's newer {@link Noise}, bound to the same name in a scope: version 3 adds {@code name}. */
    @RegisterSerializable(value = "versioned", name = "Noise", version = 3)
    record NoiseV3(DropoutSpec dropout, String name) implements Layer {

        @ConfigMigration(from = 1)
        static ObjectNode nestRate(ObjectNode config) {
            return Noise.nestRate(config);
        }

        @ConfigMigration(from = 2)
        static ObjectNode addName(ObjectNode config) {
            config.put("name", "noise");
            return config;
        }
    }

    /** A migration that throws on a config without {@code rate}. */
    @RegisterSerializable(value = "versioned", version = 2)
    record Strict(double rate) implements Layer {

        @ConfigMigration(from = 1)
        static ObjectNode requireRate(ObjectNode config) {
            if (!config.has("rate")) {
                throw new IllegalArgumentException("no \"rate\" in " + config);
            }
            return config;
        }
    }

    /** A migration that returns an array where a config object belongs. */
    @RegisterSerializable(value = "versioned", version = 2)
    record Listy(double rate) implements Layer {

        @ConfigMigration(from = 1)
        static JsonNode wrapInArray(ObjectNode config) {
            return JsonNodeFactory.instance.arrayNode().add(config);
        }
    }

    /** A registry with every class above but {@link NoiseV3}, plus the plain model. */
    static ObjectRegistry registry() {
        ObjectRegistry registry = Model.registry();
        registry.register(Noise.class);
        registry.register(Scale.class);
        registry.register(Threshold.class);
        registry.register(Strict.class);
        registry.register(Listy.class);
        return registry;
    }
}
