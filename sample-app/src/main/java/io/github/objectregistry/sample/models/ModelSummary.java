package io.github.objectregistry.sample.models;

import java.time.Instant;

/**
 * One line of the model list.
 *
 * @param id the model's id
 * @param name its name
 * @param createdAt when it was stored
 */
public record ModelSummary(long id, String name, Instant createdAt) {
}
