package io.github.objectregistry.autoconfigure.storage;

import io.github.objectregistry.RegisterSerializable;

/** The same config as {@link Discount} but a flat amount: a scope maps {@code pricing>Discount} to it. */
@RegisterSerializable("pricing")
public record Markdown(double percent) implements PricingRule {

    @Override
    public double apply(double price) {
        return price - this.percent;
    }
}
