package io.github.objectregistry.sample.models;

import java.util.List;

/**
 * The result of running a model.
 *
 * @param modelId the stored model that ran, or {@code null} for the default model
 * @param output the output vector
 * @param activations the implementation of each activation that ran, in order
 */
public record Prediction(Long modelId, double[] output, List<String> activations) {
}
