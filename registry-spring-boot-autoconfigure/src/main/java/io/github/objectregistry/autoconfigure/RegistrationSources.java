package io.github.objectregistry.autoconfigure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each registered name came from, for the actuator endpoint: the scan, a bean, or (by default) code
 * that called {@link io.github.objectregistry.ObjectRegistry#register} itself.
 */
public class RegistrationSources {

    /** Where a registration came from. */
    public enum Source {
        /** A {@code @RegisterSerializable} class found by classpath scanning. */
        SCAN,
        /** A bean whose class or {@code @Bean} method carries {@code @RegisterSerializable}. */
        BEAN,
        /** Anything else: application code calling {@code register} directly. */
        MANUAL
    }

    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    void record(String name, Source source) {
        this.sources.put(name, source);
    }

    /**
     * Returns where a registered name came from.
     * @param name a primary registered name
     * @return its source, {@link Source#MANUAL} if the starter did not register it
     */
    public Source getSource(String name) {
        return this.sources.getOrDefault(name, Source.MANUAL);
    }
}
