package io.github.objectregistry.autoconfigure.kafkaapp;

/** A shape that no registry knows: only the scope of {@link ShapeListeners#onScoped(Shape)} names it. */
public record Special(String tag) implements Shape {
}
