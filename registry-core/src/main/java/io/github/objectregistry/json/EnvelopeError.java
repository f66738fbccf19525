package io.github.objectregistry.json;

import java.util.List;

/**
 * Implemented by every exception the registry raises when it refuses an envelope, so that callers (a web
 * error handler, a message listener's error handler, a metric) can tell the registry's refusals from other
 * JSON errors and report them by {@link Reason}. The exception's message names the input, the rule and the fix.
 */
public interface EnvelopeError {

    /** Why the envelope was refused. */
    Reason getReason();

    /**
     * The name the envelope gave, when the refusal is about a name.
     * @return the name as read (possibly shortened), or {@code null}
     */
    String getName();

    /** Registered names close to {@link #getName()}, closest first; empty unless the name is unknown. */
    default List<String> getSuggestions() {
        return List.of();
    }

    /** The rule an envelope broke. */
    enum Reason {

        /** The name is neither registered, nor in an open scope, nor in the read's custom objects. */
        UNKNOWN_NAME,

        /** The name resolves to something that is not of the declared type. */
        TYPE_MISMATCH,

        /** {@code class_name} is a Keras marker such as {@code __lambda__}, which is never read. */
        MARKER,

        /** The envelope's shape is wrong: a missing, repeated, unknown or mistyped key, or a bad shared id. */
        MALFORMED,

        /** The document exceeds a read limit: nesting depth, document length or string length. */
        LIMIT,

        /**
         * The document's {@code config_version} cannot be brought to the version the target writes:
         * it is newer, a migration step is missing, or a migration failed.
         */
        VERSION
    }
}
