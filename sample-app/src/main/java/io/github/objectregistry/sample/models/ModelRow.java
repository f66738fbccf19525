package io.github.objectregistry.sample.models;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A model as Spring Data JDBC stores it: one {@code stored_model} row, and one {@code stored_layer} row per layer
 * (see {@code schema.sql}). The names are upper case because Spring Data quotes the names it is given, and H2 folds
 * the unquoted names of {@code schema.sql} to upper case.
 *
 * @param id the model's id, assigned by the database
 * @param name its name
 * @param createdAt when it was stored
 * @param layers its layers, in order
 */
@Table("STORED_MODEL")
public record ModelRow(@Id Long id, String name, Instant createdAt,
        @MappedCollection(idColumn = "MODEL_ID", keyColumn = "LAYER_INDEX") List<LayerRow> layers) {
}
