package io.github.objectregistry.sample.activations;

import java.util.function.DoubleUnaryOperator;

/**
 * An activation made of a function and the name of its implementation.
 *
 * @param implementation what predictions report
 * @param function the function
 */
record FunctionActivation(String implementation, DoubleUnaryOperator function) implements Activation {

    @Override
    public double applyAsDouble(double x) {
        return this.function.applyAsDouble(x);
    }
}
