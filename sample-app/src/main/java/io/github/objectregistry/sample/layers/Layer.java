package io.github.objectregistry.sample.layers;

import java.util.List;

import io.github.objectregistry.sample.activations.Activation;

/**
 * One step of a model: turns a vector into a vector. Implementations are registered under
 * {@code sample>...} names, so a stored model names them, never their Java classes.
 */
public interface Layer {

    /** Applies the layer to one input vector. */
    double[] apply(double[] input);

    /** The input length this layer requires, or -1 if it accepts any length. */
    default int inputSize() {
        return -1;
    }

    /** The output length for an input of the given length. */
    default int outputSize(int inputSize) {
        return inputSize;
    }

    /** The activations this layer uses, reported by predictions. */
    default List<Activation> activations() {
        return List.of();
    }
}
