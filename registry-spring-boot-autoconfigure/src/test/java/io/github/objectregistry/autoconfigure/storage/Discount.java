package io.github.objectregistry.autoconfigure.storage;

import io.github.objectregistry.RegisterSerializable;

/** Takes a percentage off; stored as {@code pricing>Discount}. */
@RegisterSerializable("pricing")
public record Discount(double percent) implements PricingRule {

    @Override
    public double apply(double price) {
        return price * (100 - this.percent) / 100;
    }
}
