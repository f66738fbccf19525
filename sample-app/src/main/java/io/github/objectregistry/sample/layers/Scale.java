package io.github.objectregistry.sample.layers;

import io.github.objectregistry.RegisterSerializable;

/**
 * Scales and shifts every value: {@code x * factor + offset}.
 *
 * @param factor the multiplier
 * @param offset added after scaling
 */
@RegisterSerializable("sample")
public record Scale(double factor, double offset) implements Layer {

    @Override
    public double[] apply(double[] input) {
        double[] output = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            output[i] = input[i] * this.factor + this.offset;
        }
        return output;
    }
}
