package io.github.objectregistry;

/**
 * What {@link ObjectRegistry} does when a name, or a target, is registered again with a different
 * counterpart. Registering the same target under the same name again is always a no-op.
 */
public enum ConflictPolicy {

    /** Throw a {@link DuplicateRegistrationException} naming both targets and the fix. The default. */
    FAIL,

    /**
     * The later registration wins, taking only the names that clash: the earlier target keeps its other names,
     * and if it lost its primary name, it is written under its first remaining alias (with none left, it is no
     * longer registered). A class registered again under a new name is written under the new name and still
     * reads its earlier names, which become aliases.
     */
    REPLACE
}
