package io.github.objectregistry.json;

import java.util.List;
import java.util.Map;

import io.github.objectregistry.Configurable;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;

/** A small model vocabulary, in Keras's spirit, for the JSON tests. */
final class Model {

    private Model() {
    }

    interface Layer {
    }

    interface Activation {

        double apply(double x);
    }

    @RegisterSerializable("test")
    record Dense(int units, Activation activation) implements Layer {
    }

    @RegisterSerializable("test")
    record Dropout(double rate) implements Layer {
    }

    @RegisterSerializable("test")
    record Sequential(String name, List<Layer> layers) implements Layer {
    }

    @RegisterSerializable("test")
    record Pair(Layer first, Layer second) implements Layer {
    }

    /** Not registered: used to override a name inside a scope. */
    record DenseV2(int units, Activation activation) implements Layer {
    }

    /** Registered, but not a {@link Layer}. */
    @RegisterSerializable("test")
    record Optimizer(double learningRate) {
    }

    @RegisterSerializable("test")
    static final class Normalize implements Configurable, Layer {

        private final double mean;

        private final Layer inner;

        Normalize(double mean, Layer inner) {
            this.mean = mean;
            this.inner = inner;
        }

        double mean() {
            return this.mean;
        }

        Layer inner() {
            return this.inner;
        }

        @Override
        public Map<String, Object> getConfig() {
            return Map.of("mean", this.mean, "inner", this.inner);
        }

        public static Normalize fromConfig(Map<String, Object> config) {
            return new Normalize(((Number) config.get("mean")).doubleValue(), (Layer) config.get("inner"));
        }
    }

    static final class Relu implements Activation {

        @Override
        public double apply(double x) {
            return Math.max(0, x);
        }
    }

    static final class Swish implements Activation {

        @Override
        public double apply(double x) {
            return x / (1 + Math.exp(-x));
        }
    }

    static final Activation RELU = new Relu();

    static final Activation SWISH = new Swish();

    /** A registry holding the whole vocabulary. */
    static ObjectRegistry registry() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register(Dense.class);
        registry.register(Dropout.class);
        registry.register(Sequential.class);
        registry.register(Pair.class);
        registry.register(Optimizer.class);
        registry.register(Normalize.class);
        registry.register("test", "relu", RELU);
        registry.register("test", "swish", SWISH);
        return registry;
    }
}
