package io.github.objectregistry;

import java.util.Map;

/** Small registrable types shared by the core tests. */
final class Fixtures {

    private Fixtures() {
    }

    interface Layer {
    }

    @RegisterSerializable("my_package")
    record MyDense(int units) implements Layer {
    }

    @RegisterSerializable(value = "my_package", name = "Dense2", aliases = "my_package>OldDense")
    record RenamedDense(int units) implements Layer {
    }

    @RegisterSerializable
    record DefaultPackaged(int units) implements Layer {
    }

    record Unannotated(int units) implements Layer {
    }

    record OtherDense(int units) implements Layer {
    }

    @RegisterSerializable("pricing")
    record Discount(double percent) {
    }

    @RegisterSerializable("my_package")
    static final class Scaler implements Configurable, Layer {

        private final double factor;

        Scaler(double factor) {
            this.factor = factor;
        }

        @Override
        public Map<String, Object> getConfig() {
            return Map.of("factor", this.factor);
        }

        public static Scaler fromConfig(Map<String, Object> config) {
            return new Scaler(((Number) config.get("factor")).doubleValue());
        }
    }

    static final class ConfigurableWithoutFactory implements Configurable {

        @Override
        public Map<String, Object> getConfig() {
            return Map.of();
        }
    }

    /** A plain class with only a constructor that takes an unnamed argument: nothing can rebuild it. */
    static final class Opaque {

        Opaque(Object state) {
        }

        Opaque(Object state, int more) {
        }
    }

    /** A bean-style class that Jackson can construct through its no-argument constructor. */
    static final class BeanStyle {

        private int units;

        public int getUnits() {
            return this.units;
        }

        public void setUnits(int units) {
            this.units = units;
        }
    }

    abstract static class AbstractLayer implements Layer {
    }

    enum Mode {
        ON, OFF
    }

    final class Inner {
    }
}
