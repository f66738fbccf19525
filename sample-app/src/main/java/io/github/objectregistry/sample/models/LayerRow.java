package io.github.objectregistry.sample.models;

import io.github.objectregistry.sample.layers.Layer;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One layer of a stored model. The column is typed by the registered interface {@link Layer}, so the starter
 * stores it as an envelope and reads it back through the registry: the application has no JSON code of its own.
 *
 * @param layer the layer, in the {@code layer} column as
 * {@code {"module": ..., "class_name": "Dense", "config": {...}, "registered_name": "sample>Dense"}}
 */
@Table("STORED_LAYER")
public record LayerRow(Layer layer) {
}
