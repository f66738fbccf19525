package io.github.objectregistry;

import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * A class's config version and its chain of {@link ConfigMigration} steps, found once per class and cached:
 * the version it writes ({@link RegisterSerializable#version()}, 1 without the annotation) and, for each older
 * version k, the static method that turns a version-k config into version k + 1.
 *
 * <p>It belongs to the class, not to a name, so an alias and a scope that binds a name to the class use the
 * same chain. The steps take and return Jackson trees, but this package never touches Jackson: it only finds
 * and checks them; {@code io.github.objectregistry.json} runs them when it reads an older document.
 *
 * <pre>{@code
 * ConfigMigrations chain = ConfigMigrations.of(Discount.class);
 * chain.version();        // 2
 * chain.migration(1);     // the static method annotated @ConfigMigration(from = 1)
 * }</pre>
 */
public final class ConfigMigrations {

    /** The parameter and return types a step may declare, by name: this package does not link Jackson. */
    private static final Set<String> TREE_TYPES = Set.of("tools.jackson.databind.JsonNode",
            "tools.jackson.databind.node.ObjectNode");

    private static final ClassValue<ConfigMigrations> CHAINS = new ClassValue<>() {
        @Override
        protected ConfigMigrations computeValue(Class<?> type) {
            return new ConfigMigrations(type);
        }
    };

    private final Class<?> type;

    private final int version;

    /** {@code steps[k - 1]} turns version k into k + 1. */
    private final Method[] steps;

    /**
     * Why the chain cannot be used, or {@code null} when it is complete. Kept as a template: each refusal throws a
     * new exception, so that its stack trace is the caller's and no two threads share one.
     */
    private final RegistrationException problem;

    private ConfigMigrations(Class<?> type) {
        this.type = type;
        RegisterSerializable annotation = type.getAnnotation(RegisterSerializable.class);
        this.version = (annotation != null) ? annotation.version() : 1;
        this.steps = new Method[Math.max(this.version - 1, 0)];
        this.problem = findSteps();
    }

    /**
     * The chain of a class, found on first use and cached for the class's lifetime. An incomplete chain is
     * not an error here; {@link #migration(int)} reports it, and registration refuses the class.
     * @param type a class
     * @return its version and steps
     */
    public static ConfigMigrations of(Class<?> type) {
        return CHAINS.get(type);
    }

    /** The config version the class writes, and reads without migration. */
    public int version() {
        return this.version;
    }

    /**
     * The step that turns a config of version {@code from} into {@code from + 1}.
     * @param from a version from 1 to {@link #version()} - 1
     * @return the static method annotated {@code @ConfigMigration(from = from)}, accessible
     * @throws RegistrationException if the class's chain is incomplete or invalid (as registration would say)
     * @throws IllegalArgumentException if {@code from} is outside 1 … version - 1
     */
    public Method migration(int from) {
        requireComplete();
        if (from < 1 || from >= this.version) {
            throw new IllegalArgumentException("No migration from version " + from + " of " + this.type.getName()
                    + ": its steps go from 1 to " + (this.version - 1) + ".");
        }
        return this.steps[from - 1];
    }

    /** Fails unless the version is valid and every step from 1 to version - 1 is there exactly once. */
    void requireComplete() {
        if (this.problem != null) {
            throw new RegistrationException(this.problem.getProblem(), this.problem.getFix());
        }
    }

    private RegistrationException findSteps() {
        String described = RegistrationRules.describe(this.type);
        if (this.version < 1) {
            return new RegistrationException("Cannot register " + described + ": its version " + this.version
                    + " is below 1.", "Config versions start at 1 (the default) and go up by one with each change "
                            + "of the config's shape; remove version or set it to 1 or more.");
        }
        for (Method method : this.type.getDeclaredMethods()) {
            ConfigMigration step = method.getAnnotation(ConfigMigration.class);
            if (step == null) {
                continue;
            }
            RegistrationException refused = addStep(described, method, step.from());
            if (refused != null) {
                return refused;
            }
        }
        for (int from = 1; from < this.version; from++) {
            if (this.steps[from - 1] == null) {
                return new RegistrationException("Cannot register " + described + ": it is at version "
                        + this.version + " but has no migration from version " + from + " to " + (from + 1)
                        + ", so documents written at version " + from + " could not be read.",
                        "Add a static method to " + this.type.getSimpleName() + " annotated @ConfigMigration(from = "
                                + from + ") that takes the version-" + from + " config as an ObjectNode and returns "
                                + "the version-" + (from + 1) + " config.");
            }
        }
        return null;
    }

    private RegistrationException addStep(String described, Method method, int from) {
        String named = "@ConfigMigration(from = " + from + ") " + method.getName();
        if (!Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1
                || !TREE_TYPES.contains(method.getParameterTypes()[0].getName())
                || !TREE_TYPES.contains(method.getReturnType().getName())) {
            return new RegistrationException("Cannot register " + described + ": its migration " + named
                    + " is not a static method taking and returning a config tree.",
                    "Declare it as 'static ObjectNode " + method.getName() + "(ObjectNode config)' (JsonNode is "
                            + "also accepted for either).");
        }
        if (from < 1) {
            return new RegistrationException("Cannot register " + described + ": its migration " + named
                    + " starts from version " + from + ", but config versions start at 1.",
                    "Correct its 'from': the first step is @ConfigMigration(from = 1), from version 1 to 2.");
        }
        if (from >= this.version) {
            return new RegistrationException("Cannot register " + described + ": its migration " + named
                    + " is outside its chain, since the class is at version " + this.version + " and its steps go "
                    + ((this.version == 1) ? "nowhere." : "from 1 to " + (this.version - 1) + "."),
                    "Set @RegisterSerializable(version = " + (from + 1) + ") or more if this step is meant, or "
                            + "correct its 'from'.");
        }
        Method earlier = this.steps[from - 1];
        if (earlier != null) {
            return new RegistrationException("Cannot register " + described + ": both " + earlier.getName()
                    + " and " + method.getName() + " are @ConfigMigration(from = " + from + "), so it is unclear "
                    + "which one turns version " + from + " into " + (from + 1) + ".",
                    "Keep exactly one migration per step.");
        }
        try {
            method.setAccessible(true);
        }
        catch (InaccessibleObjectException | SecurityException ex) {
            return new RegistrationException("Cannot register " + described + ": its migration " + named
                    + " cannot be called by the registry (" + ex.getMessage() + ").",
                    "Make the method public, or open its package to io.github.objectregistry.");
        }
        this.steps[from - 1] = method;
        return null;
    }
}
