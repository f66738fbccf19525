package io.github.objectregistry;

import java.util.Map;

/**
 * The explicit form of "an object that can be rebuilt from its config", Keras's
 * {@code get_config()}/{@code from_config()} pair.
 *
 * <p>A class implementing this interface must also declare
 * {@code public static X fromConfig(Map<String, Object> config)}; {@link ObjectRegistry#register(Class)}
 * refuses it otherwise. Records and classes that Jackson can bind need neither: their config is their
 * Jackson form.
 *
 * <pre>{@code
 * @RegisterSerializable("sample")
 * public final class Normalize implements Configurable {
 *     private final double mean, std;
 *     public Map<String, Object> getConfig() { return Map.of("mean", mean, "std", std); }
 *     public static Normalize fromConfig(Map<String, Object> config) {
 *         return new Normalize(((Number) config.get("mean")).doubleValue(),
 *                              ((Number) config.get("std")).doubleValue());
 *     }
 * }
 * }</pre>
 */
public interface Configurable {

    /** The name of the static factory that every {@code Configurable} class must declare. */
    String FROM_CONFIG = "fromConfig";

    /**
     * Rebuilds an object from its config through its class's {@code public static fromConfig(Map)} factory,
     * as Keras's {@code cls.from_config(config)} does.
     * <pre>{@code
     * Normalize copy = Configurable.rebuild(Normalize.class, original.getConfig());
     * }</pre>
     * @param <T> the class
     * @param type a {@code Configurable} class that declares {@code public static fromConfig(Map)}
     * @param config the config, as returned by {@link #getConfig()}
     * @return the rebuilt object
     * @throws IllegalArgumentException if the class declares no such factory
     * @throws RuntimeException whatever the factory throws, unwrapped
     */
    static <T extends Configurable> T rebuild(Class<T> type, Map<String, Object> config) {
        return type.cast(ConfigurableFactories.invoke(type, config));
    }

    /**
     * Returns this object's config: JSON-compatible values (strings, numbers, booleans, lists, maps) and
     * other registered objects, from which {@code fromConfig} rebuilds an equal object.
     */
    Map<String, Object> getConfig();
}
