package io.github.objectregistry.autoconfigure.storage;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Spring Data JDBC aggregate whose {@code rule} column holds an envelope.
 *
 * @param id the key
 * @param label a plain column
 * @param rule an envelope column
 */
@Table("rule_row")
public record RuleRow(@Id Long id, String label, PricingRule rule) {
}
