package io.github.objectregistry.autoconfigure.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka value serializer that writes registered objects as envelopes, through the context's registry, and
 * adds no type header. A {@code String} is written as Kafka's {@code StringSerializer} writes it and a
 * {@code byte[]} as it is, so replacing Boot's default {@code StringSerializer} changes nothing for them; any
 * other object is written as JSON by the same mapper.
 */
public class RegistryValueSerializer implements Serializer<Object> {

    private final RegistryKafkaPayloads payloads;

    /**
     * Creates the serializer.
     * @param payloads the registry's payload codec
     */
    public RegistryValueSerializer(RegistryKafkaPayloads payloads) {
        this.payloads = payloads;
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (data instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        return this.payloads.write(data);
    }
}
