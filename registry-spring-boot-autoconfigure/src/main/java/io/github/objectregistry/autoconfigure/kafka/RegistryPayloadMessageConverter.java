package io.github.objectregistry.autoconfigure.kafka;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConverter;

/**
 * Converts a record's {@code String} or {@code byte[]} payload to a listener's parameter when the registry
 * handles that parameter's type ({@link RegistryKafkaPayloads#handles(Class)}); answers {@code null} otherwise,
 * so Spring Kafka's own conversion applies to every other payload. Runs while the listener's arguments are
 * resolved, inside the listener's {@code @WithCustomObjects} scope.
 */
public class RegistryPayloadMessageConverter implements MessageConverter {

    private final RegistryKafkaPayloads payloads;

    /**
     * Creates the converter.
     * @param payloads the registry's payload codec
     */
    public RegistryPayloadMessageConverter(RegistryKafkaPayloads payloads) {
        this.payloads = payloads;
    }

    @Override
    public Object fromMessage(Message<?> message, Class<?> targetClass) {
        Object payload = message.getPayload();
        if (!this.payloads.handles(targetClass) || !(payload instanceof String || payload instanceof byte[])) {
            return null;
        }
        return this.payloads.read(payload, targetClass);
    }

    /** Writing goes through {@link RegistryValueSerializer}; this converter only reads. */
    @Override
    public Message<?> toMessage(Object payload, MessageHeaders headers) {
        return null;
    }
}
