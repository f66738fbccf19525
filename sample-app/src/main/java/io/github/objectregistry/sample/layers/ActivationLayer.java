package io.github.objectregistry.sample.layers;

import java.util.List;
import java.util.Objects;

import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.sample.activations.Activation;

/**
 * Applies an activation to every value, like Keras's {@code Activation} layer; registered as
 * {@code sample>Activation}.
 *
 * @param activation the activation
 */
@RegisterSerializable(value = "sample", name = "Activation")
public record ActivationLayer(Activation activation) implements Layer {

    public ActivationLayer {
        Objects.requireNonNull(activation, "an Activation layer needs an activation");
    }

    @Override
    public double[] apply(double[] input) {
        double[] output = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            output[i] = this.activation.applyAsDouble(input[i]);
        }
        return output;
    }

    @Override
    public List<Activation> activations() {
        return List.of(this.activation);
    }
}
