package io.github.objectregistry.autoconfigure.preload;

/**
 * A class for the preloader to load through a class loader of its own: it needs nothing beyond the JDK, and
 * its static initializer leaves a trace, which preloading must never run.
 */
public final class PreloadFixture {

    /** Set by the static initializer. */
    public static final String INITIALIZED = "object-registry.test.preload-fixture-initialized";

    static {
        System.setProperty(INITIALIZED, "true");
    }

    private PreloadFixture() {
    }
}
