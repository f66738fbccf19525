package io.github.objectregistry.manifest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.objectregistry.RegisterSerializable;

/** One registered name, {@code layers>Dense}, as successive builds define it. */
final class Layers {

    private Layers() {
    }

    enum Activation { RELU, TANH, SIGMOID }

    enum FewerActivations { RELU, TANH }

    enum MoreActivations { RELU, TANH, SIGMOID, GELU }

    @RegisterSerializable("layers")
    record Initializer(String name, double scale) {
    }

    record RetypedInitializer(String name, String scale) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record Dense(int units, Activation activation, Initializer initializer, List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record MovedDense(int units, Activation activation, Initializer initializer, List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense2", aliases = "layers>Dense")
    record RenamedDense(int units, Activation activation, Initializer initializer, List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithoutShape(int units, Activation activation, Initializer initializer) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithTextUnits(String units, Activation activation, Initializer initializer, List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithRetypedInitializer(int units, Activation activation, RetypedInitializer initializer,
            List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithDecimalUnits(double units, Activation activation, Initializer initializer, List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithRequiredBias(int units, Activation activation, Initializer initializer, List<Integer> shape,
            @JsonProperty(required = true) boolean bias) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithOptionalBias(int units, Activation activation, Initializer initializer, List<Integer> shape,
            Boolean bias) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithFewerActivations(int units, FewerActivations activation, Initializer initializer,
            List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithMoreActivations(int units, MoreActivations activation, Initializer initializer,
            List<Integer> shape) {
    }

    @RegisterSerializable(value = "layers", name = "Dense")
    record DenseWithTextShape(int units, Activation activation, Initializer initializer, List<String> shape) {
    }

    @RegisterSerializable("layers")
    record Dropout(double rate) {
    }
}
