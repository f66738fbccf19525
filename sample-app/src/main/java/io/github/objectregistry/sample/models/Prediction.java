package io.github.objectregistry.sample.models;

import java.util.List;

/**
 * The result of running a model.
 *
 * @param modelId the model that ran
 * @param output the output vector
 * @param activations the implementation of each activation that ran, in order
 */
public record Prediction(long modelId, double[] output, List<String> activations) {
}
