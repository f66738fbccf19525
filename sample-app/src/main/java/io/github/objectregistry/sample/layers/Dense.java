package io.github.objectregistry.sample.layers;

import java.util.Arrays;
import java.util.List;

import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.sample.activations.Activation;

/**
 * A fully connected layer, {@code activation(input · kernel + bias)}: {@code kernel} has one row per input
 * and one column per output unit.
 *
 * @param kernel the weights, {@code inputs × units}
 * @param bias one value per unit
 * @param activation applied to each unit, or {@code null} for none
 */
@RegisterSerializable("sample")
public record Dense(double[][] kernel, double[] bias, Activation activation) implements Layer {

    public Dense {
        if (kernel == null || kernel.length == 0 || kernel[0].length == 0) {
            throw new IllegalArgumentException("Dense needs a non-empty kernel (one row per input)");
        }
        int units = kernel[0].length;
        if (Arrays.stream(kernel).anyMatch((row) -> row.length != units)) {
            throw new IllegalArgumentException("Dense kernel rows must all have " + units + " columns");
        }
        if (bias == null || bias.length != units) {
            throw new IllegalArgumentException("Dense bias must have " + units + " values, one per unit");
        }
    }

    @Override
    public double[] apply(double[] input) {
        double[] output = this.bias.clone();
        for (int i = 0; i < input.length; i++) {
            for (int j = 0; j < output.length; j++) {
                output[j] += input[i] * this.kernel[i][j];
            }
        }
        if (this.activation != null) {
            for (int j = 0; j < output.length; j++) {
                output[j] = this.activation.applyAsDouble(output[j]);
            }
        }
        return output;
    }

    @Override
    public int inputSize() {
        return this.kernel.length;
    }

    @Override
    public int outputSize(int inputSize) {
        return this.bias.length;
    }

    @Override
    public List<Activation> activations() {
        return (this.activation != null) ? List.of(this.activation) : List.of();
    }
}
