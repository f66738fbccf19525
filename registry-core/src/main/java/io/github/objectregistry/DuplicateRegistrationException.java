package io.github.objectregistry;

/**
 * Thrown under {@link ConflictPolicy#FAIL} when a name is already registered to another target, or a target
 * is already registered under another name.
 */
public class DuplicateRegistrationException extends RegistrationException {

    private static final long serialVersionUID = 1L;

    private final String name;

    private final Conflict conflict;

    /**
     * Creates the exception for a name that is already registered to another target.
     * @param problem which name and which two targets collide
     * @param fix what to change
     * @param name the contested name
     */
    public DuplicateRegistrationException(String problem, String fix, String name) {
        this(problem, fix, name, Conflict.NAME_TAKEN);
    }

    /**
     * Creates the exception.
     * @param problem which name and which two targets collide
     * @param fix what to change
     * @param name the contested name
     * @param conflict which of the two kinds of conflict this is
     */
    public DuplicateRegistrationException(String problem, String fix, String name, Conflict conflict) {
        super(problem, fix);
        this.name = name;
        this.conflict = conflict;
    }

    /** The contested registered name. */
    public String getName() {
        return this.name;
    }

    /** Whether a name was taken, or a target was already registered under another name. */
    public Conflict getConflict() {
        return this.conflict;
    }

    /** The two ways a registration can collide with an earlier one. */
    public enum Conflict {

        /** The name, or an alias, is already registered to another class or instance. */
        NAME_TAKEN,

        /**
         * The class or instance is already registered under another name; the fix is an alias, since one
         * target is written under one name.
         */
        ALREADY_REGISTERED
    }
}
