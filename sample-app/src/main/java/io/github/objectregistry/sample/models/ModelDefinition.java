package io.github.objectregistry.sample.models;

import java.util.List;

import io.github.objectregistry.sample.layers.Layer;

/**
 * What a client sends to create a model: each layer is a Keras-style envelope, read by the registry.
 *
 * @param name a non-blank name
 * @param layers at least one layer
 */
public record ModelDefinition(String name, List<Layer> layers) {
}
