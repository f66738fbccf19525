package io.github.objectregistry.sample.models;

/**
 * The input of a prediction.
 *
 * @param input the input vector
 */
public record PredictionRequest(double[] input) {
}
