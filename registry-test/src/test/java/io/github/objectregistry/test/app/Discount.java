package io.github.objectregistry.test.app;

import io.github.objectregistry.RegisterSerializable;

/** A registered rule, found by the scan of the application's package. */
@RegisterSerializable(value = "shop", name = "Discount")
public record Discount(int percent) implements PricingRule {

    @Override
    public long apply(long cents) {
        return cents * (100 - this.percent) / 100;
    }
}
