package io.github.objectregistry;

/**
 * What {@link ObjectRegistry} does when a name, or a target, is registered again with a different
 * counterpart. Registering the same target under the same name again is always a no-op.
 */
public enum ConflictPolicy {

    /** Throw a {@link RegistrationException} naming both targets. The default. */
    FAIL,

    /** Drop the earlier registration and keep the later one. */
    REPLACE
}
