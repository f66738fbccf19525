package io.github.objectregistry.autoconfigure.kafka;

import java.lang.reflect.Modifier;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.EnvelopeError;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Kafka payloads through a mapper that carries the registry's Jackson module, so that a
 * payload's type travels as its registered name inside the envelope: no class-name header and no list of
 * trusted packages is needed, and only names the registry (or an open scope) knows are ever resolved.
 */
public final class RegistryKafkaPayloads {

    private static final Log logger = LogFactory.getLog(RegistryKafkaPayloads.class);

    private final ObjectRegistry registry;

    private final JsonMapper mapper;

    /**
     * Creates the payload codec.
     * @param registry the context's registry
     * @param mapper a mapper with the registry's {@code ObjectRegistryModule}, normally Boot's {@code JsonMapper}
     */
    public RegistryKafkaPayloads(ObjectRegistry registry, JsonMapper mapper) {
        this.registry = registry;
        this.mapper = mapper;
    }

    /** The mapper payloads are read and written with. */
    public JsonMapper getMapper() {
        return this.mapper;
    }

    /**
     * Whether values of {@code type} travel as envelopes: a registered class, or an interface or abstract class
     * that a registered class implements. Other payloads are left to Spring Kafka.
     * @param type the declared or runtime type
     * @return whether the registry reads and writes it
     */
    public boolean handles(Class<?> type) {
        if (type == null || type == Object.class) {
            return false;
        }
        if (this.registry.isRegistered(type)) {
            return true;
        }
        boolean base = type.isInterface() || Modifier.isAbstract(type.getModifiers());
        return base && this.registry.getRegistrations().stream()
            .anyMatch((registration) -> type.isAssignableFrom(registration.targetType()));
    }

    /**
     * Writes a value as JSON; a registered object as its envelope.
     * @param value the value
     * @return UTF-8 JSON
     */
    public byte[] write(Object value) {
        return this.mapper.writeValueAsBytes(value);
    }

    /**
     * Reads a payload, through the scopes open on this thread.
     * @param <T> the type read
     * @param payload the record's value, as {@code String} or {@code byte[]}
     * @param type the declared type
     * @return the object
     * @throws RefusedPayloadException when the registry refuses the envelope or the JSON is malformed, with the
     * registry's message
     */
    public <T> T read(Object payload, Class<T> type) {
        try {
            return (payload instanceof byte[] bytes) ? this.mapper.readValue(bytes, type)
                    : this.mapper.readValue(payload.toString(), type);
        }
        catch (JacksonException ex) {
            String message = describe(ex, type);
            // Spring Kafka's error handling logs nothing for a fatal conversion failure that a recoverer takes.
            logger.warn(message + " The record goes to the container's error handler (its dead-letter topic, if any).");
            throw new RefusedPayloadException(message, ex);
        }
    }

    /** The registry's own message when it refused the envelope; Jackson's otherwise (malformed JSON). */
    private static String describe(JacksonException ex, Class<?> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof EnvelopeError) {
                return "Kafka payload refused as " + type.getName() + ": "
                        + ((cause instanceof JacksonException jackson) ? jackson.getOriginalMessage() : cause.getMessage());
            }
        }
        return "Kafka payload is not a readable " + type.getName() + " (malformed JSON): "
                + ex.getOriginalMessage();
    }
}
