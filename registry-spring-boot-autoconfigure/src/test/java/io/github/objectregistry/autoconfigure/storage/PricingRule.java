package io.github.objectregistry.autoconfigure.storage;

/** The stored and configured base type of the storage tests: registered implementations only, no annotation. */
public interface PricingRule {

    /** The price after this rule. */
    double apply(double price);
}
