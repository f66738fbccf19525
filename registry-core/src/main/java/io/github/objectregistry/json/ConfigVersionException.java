package io.github.objectregistry.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a document's {@code config_version} cannot be brought to the version its class writes: the
 * document was written by a newer deployment, the class's migration chain is incomplete, or a migration
 * failed (its exception is the cause) or returned something other than an object. The message names the
 * name, both versions and the fix.
 */
public final class ConfigVersionException extends DatabindException implements EnvelopeError {

    private static final long serialVersionUID = 1L;

    private final String name;

    private final int storedVersion;

    private final int currentVersion;

    ConfigVersionException(JsonParser parser, String message, String name, int storedVersion, int currentVersion,
            Throwable cause) {
        super(parser, message, cause);
        this.name = name;
        this.storedVersion = storedVersion;
        this.currentVersion = currentVersion;
    }

    @Override
    public Reason getReason() {
        return Reason.VERSION;
    }

    /** The name the envelope gave. */
    @Override
    public String getName() {
        return this.name;
    }

    /** The document's {@code config_version}, 1 when it had none. */
    public int getStoredVersion() {
        return this.storedVersion;
    }

    /** The version the class the name resolved to writes. */
    public int getCurrentVersion() {
        return this.currentVersion;
    }
}
