package io.github.objectregistry;

/**
 * Thrown under {@link ConflictPolicy#FAIL} when a name is already registered to another target, or a target
 * is already registered under another name.
 */
public class DuplicateRegistrationException extends RegistrationException {

    private static final long serialVersionUID = 1L;

    private final String name;

    /**
     * Creates the exception.
     * @param problem which name and which two targets collide
     * @param fix what to change
     * @param name the contested name
     */
    public DuplicateRegistrationException(String problem, String fix, String name) {
        super(problem, fix);
        this.name = name;
    }

    /** The contested registered name. */
    public String getName() {
        return this.name;
    }
}
