package io.github.objectregistry;

import java.util.List;
import java.util.Objects;

/**
 * One entry of an {@link ObjectRegistry}: its primary name, what it resolves to and its aliases.
 *
 * @param name the primary name, used when writing (normally {@code package>name})
 * @param target the registered {@link Class}, or the registered instance
 * @param aliases further names that resolve to the same target when reading
 */
public record Registration(String name, Object target, List<String> aliases) {

    /** What kind of target an entry holds. */
    public enum Kind {
        /** A class, rebuilt from its config on every read. */
        CLASS,
        /** An instance (a "function" in Keras terms), returned as it is on every read. */
        INSTANCE
    }

    /**
     * Validates and copies the components.
     * @param name the primary name
     * @param target the class or instance
     * @param aliases the aliases, copied
     */
    public Registration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        aliases = List.copyOf(aliases);
    }

    /** Whether the target is a class or an instance. */
    public Kind kind() {
        return (this.target instanceof Class) ? Kind.CLASS : Kind.INSTANCE;
    }

    /** The target itself if it is a class, otherwise the instance's class. */
    public Class<?> targetType() {
        return (this.target instanceof Class<?> type) ? type : this.target.getClass();
    }

    /**
     * The config version the target writes: {@link RegisterSerializable#version()} of its class, or 1
     * when the class carries no annotation. Its migrations are {@link ConfigMigrations#of(Class)}.
     */
    public int version() {
        return ConfigMigrations.of(targetType()).version();
    }
}
