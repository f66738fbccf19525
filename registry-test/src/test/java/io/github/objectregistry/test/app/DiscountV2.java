package io.github.objectregistry.test.app;

/** An unregistered implementation, that tests put in a scope under {@code shop>Discount}. */
public record DiscountV2(int percent) implements PricingRule {

    @Override
    public long apply(long cents) {
        return cents * (100 - 2 * this.percent) / 100;
    }
}
