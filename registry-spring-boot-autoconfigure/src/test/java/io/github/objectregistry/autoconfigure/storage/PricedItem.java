package io.github.objectregistry.autoconfigure.storage;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A JPA entity with JSON columns typed by a registered interface, a list of it, and a record holding it. */
@Entity
@Table(name = "priced_item")
public class PricedItem {

    /** A record in a JSON column: its registered fields are envelopes inside it. */
    public record Pricing(PricingRule base, int priority) {
    }

    @Id
    @GeneratedValue
    private Long id;

    private String label;

    @JdbcTypeCode(SqlTypes.JSON)
    private PricingRule rule;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<PricingRule> extras;

    @JdbcTypeCode(SqlTypes.JSON)
    private Pricing pricing;

    protected PricedItem() {
    }

    public PricedItem(String label, PricingRule rule, List<PricingRule> extras, Pricing pricing) {
        this.label = label;
        this.rule = rule;
        this.extras = extras;
        this.pricing = pricing;
    }

    public Long getId() {
        return this.id;
    }

    public String getLabel() {
        return this.label;
    }

    public PricingRule getRule() {
        return this.rule;
    }

    public List<PricingRule> getExtras() {
        return this.extras;
    }

    public Pricing getPricing() {
        return this.pricing;
    }
}
