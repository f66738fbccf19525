package io.github.objectregistry.test.app;

/** The application's base type: stored and sent as envelopes naming a registered implementation. */
public interface PricingRule {

    /** The price after this rule. */
    long apply(long cents);
}
