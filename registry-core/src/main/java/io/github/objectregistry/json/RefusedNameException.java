package io.github.objectregistry.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidTypeIdException;

/**
 * Thrown when a name an envelope gives is refused though it may be known: it is one of Keras's markers
 * ({@code __lambda__}, {@code __numpy__}, ...), which stand for Python code or values and are never read
 * ({@link EnvelopeError.Reason#MARKER}), or it resolves to something that cannot stand where it is read, such as
 * a class that is not of the declared type ({@link EnvelopeError.Reason#TYPE_MISMATCH}).
 */
public final class RefusedNameException extends InvalidTypeIdException implements EnvelopeError {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    RefusedNameException(JsonParser parser, String message, JavaType declaredType, String name, Reason reason) {
        super(parser, message, declaredType, name);
        this.reason = reason;
    }

    @Override
    public Reason getReason() {
        return this.reason;
    }

    /** The refused name, or the marker. */
    @Override
    public String getName() {
        return getTypeId();
    }
}
