package io.github.objectregistry.autoconfigure.kafkaapp;

import io.github.objectregistry.RegisterSerializable;

/** A registered shape. */
@RegisterSerializable("shapes")
public record Circle(double radius) implements Shape {
}
