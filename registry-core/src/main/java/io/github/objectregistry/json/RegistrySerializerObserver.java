package io.github.objectregistry.json;

import java.util.function.Supplier;

/**
 * Runs around each read and write of a {@link RegistrySerializer}, so that a tracing or metrics library can
 * time it and record its failure, without the core depending on one. The Spring Boot starter supplies a
 * Micrometer {@code Observation} when Micrometer is present.
 *
 * <pre>{@code
 * RegistrySerializer serializer = RegistrySerializer.builder(registry).observer(new RegistrySerializerObserver() {
 *     public <T> T observe(Operation operation, Class<?> type, Supplier<T> call) {
 *         long start = System.nanoTime();
 *         try { return call.get(); }
 *         finally { timings.record(operation, type, System.nanoTime() - start); }
 *     }
 * }).build();
 * }</pre>
 */
public interface RegistrySerializerObserver {

    /** Runs every call as it is. */
    RegistrySerializerObserver NONE = new RegistrySerializerObserver() {
        @Override
        public <T> T observe(Operation operation, Class<?> type, Supplier<T> call) {
            return call.get();
        }
    };

    /**
     * Runs one read or write.
     * @param <T> what the call returns
     * @param operation whether it reads or writes
     * @param type for a read, the declared type; for a write, the class of the value written
     * @param call the read or write, which must be called exactly once, on the calling thread
     * @return what the call returned
     */
    <T> T observe(Operation operation, Class<?> type, Supplier<T> call);

    /** What a {@link RegistrySerializer} call does. */
    enum Operation {

        /** Reads JSON into objects. */
        READ,

        /** Writes objects as JSON. */
        WRITE
    }
}
