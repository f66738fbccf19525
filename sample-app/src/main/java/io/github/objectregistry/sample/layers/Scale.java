package io.github.objectregistry.sample.layers;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.RegisterSerializable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scales and shifts every value: {@code x * factor + bias}.
 *
 * <p>Version 2 of its config: version 1 called the shift {@code offset}, version 2 calls it {@code bias}, as
 * {@code Dense} does. Models stored as {@code {"factor": 2, "offset": 1}} still read, through
 * {@link #renameOffset}, and are written back as {@code "config_version": 2, "config": {"factor": 2.0, "bias":
 * 1.0}}.
 *
 * @param factor the multiplier
 * @param bias added after scaling
 */
@RegisterSerializable(value = "sample", version = 2)
public record Scale(double factor, double bias) implements Layer {

    @Override
    public double[] apply(double[] input) {
        double[] output = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            output[i] = input[i] * this.factor + this.bias;
        }
        return output;
    }

    /** Version 1 to 2: {@code offset} became {@code bias}. */
    @ConfigMigration(from = 1)
    static ObjectNode renameOffset(ObjectNode config) {
        config.set("bias", config.remove("offset"));
        return config;
    }
}
