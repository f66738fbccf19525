package io.github.objectregistry.json;

/** Set by {@link LoadTrap}'s static initializer, so tests can prove it never ran. */
final class LoadTrapState {

    static volatile boolean initialized;

    /** The name tests put into the input; {@code LoadTrap.class} is never referenced. */
    static final String TRAP_NAME = "io.github.objectregistry.json.LoadTrap";

    private LoadTrapState() {
    }
}
