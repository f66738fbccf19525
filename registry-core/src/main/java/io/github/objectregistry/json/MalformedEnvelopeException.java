package io.github.objectregistry.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown when an envelope's shape is wrong: a missing, repeated, unknown, blank or mistyped key, something
 * other than an envelope where one is expected (a plain object included), a config given to a registered
 * instance, or a {@code shared_object_id} used for two objects. {@link #getName()} is the name the envelope
 * gave before the fault, when it gave one.
 */
public final class MalformedEnvelopeException extends MismatchedInputException implements EnvelopeError {

    private static final long serialVersionUID = 1L;

    private final String name;

    MalformedEnvelopeException(JsonParser parser, String message, JavaType declaredType, String name) {
        super(parser, message, declaredType);
        this.name = name;
    }

    @Override
    public Reason getReason() {
        return Reason.MALFORMED;
    }

    /**
     * The name the envelope gave ({@code registered_name}, or else {@code class_name} with its {@code module}),
     * when it was read before the fault; otherwise {@code null}.
     */
    @Override
    public String getName() {
        return this.name;
    }
}
