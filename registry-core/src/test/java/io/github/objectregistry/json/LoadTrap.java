package io.github.objectregistry.json;

/**
 * Named by input, by its fully qualified name, in the hostile-input tests. Nothing may ever initialize it:
 * its static initializer records that it ran. No code refers to this class except by name in a string.
 */
final class LoadTrap {

    static {
        LoadTrapState.initialized = true;
    }

    private LoadTrap() {
    }
}
