package io.github.objectregistry;

/**
 * Thrown when a registration breaks a rule: an invalid name, a class that cannot be rebuilt from its
 * config, a broad or JDK type, or a name already taken by another target.
 *
 * <p>The message is the {@linkplain #getProblem() problem} followed by the {@linkplain #getFix() fix}; the
 * two parts are also available on their own, for failure reports such as Spring Boot's.
 */
public class RegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    private final String fix;

    /**
     * Creates an exception from its two halves.
     * @param problem what was registered and which rule it broke
     * @param fix what to change so that the registration succeeds
     */
    public RegistrationException(String problem, String fix) {
        super(problem + " " + fix);
        this.problem = problem;
        this.fix = fix;
    }

    /** What was registered and which rule it broke. */
    public String getProblem() {
        return this.problem;
    }

    /** What to change so that the registration succeeds. */
    public String getFix() {
        return this.fix;
    }
}
