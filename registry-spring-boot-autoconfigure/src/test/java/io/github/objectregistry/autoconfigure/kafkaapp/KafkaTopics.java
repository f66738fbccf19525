package io.github.objectregistry.autoconfigure.kafkaapp;

/** The topics of the Kafka tests. */
final class KafkaTopics {

    static final String SHAPES = "shapes";

    static final String SCOPED = "scoped";

    static final String TEXT = "text";

    static final String[] ALL = { SHAPES, SHAPES + "-dlt", SCOPED, SCOPED + "-dlt", TEXT };

    private KafkaTopics() {
    }
}
