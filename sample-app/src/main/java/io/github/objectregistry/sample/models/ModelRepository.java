package io.github.objectregistry.sample.models;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored models: a Spring Data JDBC repository, with no mapping code of its own. */
public interface ModelRepository extends ListCrudRepository<ModelRow, Long> {

    /** The model list, without reading any layer: a model whose layers no longer read is still listed. */
    @Query("SELECT id, name, created_at FROM stored_model ORDER BY id")
    List<ModelSummary> summaries();
}
