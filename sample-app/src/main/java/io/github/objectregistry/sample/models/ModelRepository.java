package io.github.objectregistry.sample.models;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stores models as JSON text in the {@code models} table (see {@code schema.sql}). */
@Repository
public class ModelRepository {

    /** A stored row: the layers are still JSON text. */
    public record Row(long id, String name, Instant createdAt, String layersJson) {
    }

    private final JdbcClient jdbc;

    public ModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, String layersJson) {
        KeyHolder keys = new GeneratedKeyHolder();
        this.jdbc.sql("INSERT INTO models (name, layers) VALUES (:name, :layers)")
            .param("name", name)
            .param("layers", layersJson)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Row> find(long id) {
        return this.jdbc.sql("SELECT id, name, created_at, layers FROM models WHERE id = :id")
            .param("id", id)
            .query((rs, rowNum) -> new Row(rs.getLong("id"), rs.getString("name"),
                    rs.getTimestamp("created_at").toInstant(), rs.getString("layers")))
            .optional();
    }

    public List<ModelSummary> findAll() {
        return this.jdbc.sql("SELECT id, name, created_at FROM models ORDER BY id")
            .query((rs, rowNum) -> new ModelSummary(rs.getLong("id"), rs.getString("name"),
                    toInstant(rs.getTimestamp("created_at"))))
            .list();
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
