package io.github.objectregistry.sample.layers;

import io.github.objectregistry.RegisterSerializable;

/**
 * Clamps every value into {@code [min, max]}.
 *
 * @param min the lower bound
 * @param max the upper bound, not below {@code min}
 */
@RegisterSerializable("sample")
public record Clip(double min, double max) implements Layer {

    public Clip {
        if (min > max) {
            throw new IllegalArgumentException("Clip needs min <= max, but min is " + min + " and max is " + max);
        }
    }

    @Override
    public double[] apply(double[] input) {
        double[] output = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            output[i] = Math.max(this.min, Math.min(this.max, input[i]));
        }
        return output;
    }
}
