package io.github.objectregistry.sample.models;

import java.time.Instant;
import java.util.List;

import io.github.objectregistry.sample.layers.Layer;

/**
 * A model as stored, with its layers read back from their envelopes.
 *
 * @param id the model's id
 * @param name its name
 * @param createdAt when it was stored
 * @param layers its layers, written back as envelopes
 */
public record StoredModel(long id, String name, Instant createdAt, List<Layer> layers) {
}
