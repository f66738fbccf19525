package io.github.objectregistry.sample.activations;

import java.util.function.DoubleUnaryOperator;

/**
 * An element-wise function. Activations are beans registered as instances ("functions" in Keras terms), so
 * a stored model refers to them by name, such as {@code sample>relu}.
 */
public interface Activation extends DoubleUnaryOperator {

    /** Which implementation this is, as reported by predictions. */
    String implementation();
}
