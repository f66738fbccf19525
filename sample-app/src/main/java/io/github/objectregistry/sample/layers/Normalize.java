package io.github.objectregistry.sample.layers;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.objectregistry.Configurable;
import io.github.objectregistry.RegisterSerializable;

/**
 * Standardizes every value, {@code (x - mean) / std}. It shows the explicit Keras style: the config is what
 * {@link #getConfig()} returns, and {@link #fromConfig(Map)} rebuilds the layer from it.
 */
@RegisterSerializable("sample")
public final class Normalize implements Layer, Configurable {

    private final double mean;

    private final double std;

    public Normalize(double mean, double std) {
        if (!(std > 0)) {
            throw new IllegalArgumentException("Normalize needs std > 0, but std is " + std);
        }
        this.mean = mean;
        this.std = std;
    }

    @Override
    public double[] apply(double[] input) {
        double[] output = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            output[i] = (input[i] - this.mean) / this.std;
        }
        return output;
    }

    @Override
    public Map<String, Object> getConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("mean", this.mean);
        config.put("std", this.std);
        return config;
    }

    public static Normalize fromConfig(Map<String, Object> config) {
        return new Normalize(number(config, "mean"), number(config, "std"));
    }

    private static double number(Map<String, Object> config, String key) {
        if (config.get(key) instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("Normalize config needs a number '" + key + "', got " + config.get(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Normalize that && this.mean == that.mean && this.std == that.std;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(this.mean) * 31 + Double.hashCode(this.std);
    }

    @Override
    public String toString() {
        return "Normalize(mean=" + this.mean + ", std=" + this.std + ")";
    }
}
