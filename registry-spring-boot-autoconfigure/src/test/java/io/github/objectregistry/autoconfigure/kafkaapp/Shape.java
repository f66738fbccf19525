package io.github.objectregistry.autoconfigure.kafkaapp;

/** The base type of the Kafka tests' payloads; no annotation, as base types need none. */
public interface Shape {
}
