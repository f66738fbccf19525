package io.github.objectregistry.autoconfigure.kafka;

import org.springframework.messaging.converter.MessageConversionException;

/**
 * A record whose payload the registry refused (an unknown name, a marker, a wrong type, a limit) or that is not
 * JSON. Spring Kafka's {@code DefaultErrorHandler} treats conversion failures as fatal, so the record is not
 * retried: it goes to the container's recoverer (a dead-letter topic, for instance) and the next one is consumed.
 * The message is the registry's, naming the input, the rule and the fix.
 */
public class RefusedPayloadException extends MessageConversionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param message what was refused and why
     * @param cause the refusal
     */
    public RefusedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
