package io.github.objectregistry.autoconfigure.storage;

import io.github.objectregistry.RegisterSerializable;

/** Adds a fixed amount; stored as {@code pricing>Surcharge}. */
@RegisterSerializable("pricing")
public record Surcharge(double amount) implements PricingRule {

    @Override
    public double apply(double price) {
        return price + this.amount;
    }
}
