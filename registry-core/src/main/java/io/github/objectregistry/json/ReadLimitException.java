package io.github.objectregistry.json;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Thrown by {@link RegistrySerializer} when a document exceeds one of its {@link ReadLimits}: nesting depth,
 * document length, string or number length, or token count. The message is the parser's own, followed by the
 * way to raise the limit.
 */
public final class ReadLimitException extends StreamConstraintsException implements EnvelopeError {

    private static final long serialVersionUID = 1L;

    ReadLimitException(String message, TokenStreamLocation location) {
        super(message, location);
    }

    @Override
    public Reason getReason() {
        return Reason.LIMIT;
    }

    /** A limit is about the document, not a name: always {@code null}. */
    @Override
    public String getName() {
        return null;
    }
}
