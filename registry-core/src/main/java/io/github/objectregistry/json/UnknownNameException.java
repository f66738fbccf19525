package io.github.objectregistry.json;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidTypeIdException;

/**
 * Thrown when an envelope names something that is neither registered, nor in an open
 * {@link io.github.objectregistry.CustomObjectScope}, nor in the custom objects given to the read. Carries
 * the name and the closest registered names, so that callers such as a web error handler can show them.
 */
public class UnknownNameException extends InvalidTypeIdException implements EnvelopeError {

    private static final long serialVersionUID = 1L;

    private final transient List<String> suggestions;

    /**
     * Creates the exception.
     * @param parser the parser, for the location
     * @param message the full message
     * @param declaredType the type the envelope was read as
     * @param name the name that was looked up
     * @param suggestions the closest known names, possibly empty
     */
    public UnknownNameException(JsonParser parser, String message, JavaType declaredType, String name,
            List<String> suggestions) {
        super(parser, message, declaredType, name);
        this.suggestions = List.copyOf(suggestions);
    }

    @Override
    public Reason getReason() {
        return Reason.UNKNOWN_NAME;
    }

    /** The name that was looked up and not found. */
    @Override
    public String getName() {
        return getTypeId();
    }

    /** Up to three registered names close to {@link #getName()}, closest first. */
    @Override
    public List<String> getSuggestions() {
        return this.suggestions;
    }
}
