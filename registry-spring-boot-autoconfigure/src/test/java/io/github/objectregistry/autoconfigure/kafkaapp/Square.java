package io.github.objectregistry.autoconfigure.kafkaapp;

import io.github.objectregistry.RegisterSerializable;

/** A second registered shape. */
@RegisterSerializable("shapes")
public record Square(double side, String colour) implements Shape {
}
