package io.github.objectregistry.autoconfigure.metrics;

import java.util.Locale;
import java.util.function.Supplier;

import io.github.objectregistry.json.RegistrySerializer;
import io.github.objectregistry.json.RegistrySerializerObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Runs each read and write of the application's {@link RegistrySerializer} in a Micrometer {@link Observation}
 * named {@value #NAME}, with the low-cardinality keys {@code operation} ({@code read} or {@code write}) and
 * {@code type} (the declared type read, or the class written): a span when tracing is on, and a timer
 * {@value #NAME} at {@code /actuator/metrics} through Boot's default handler. A failed call records its error.
 */
public class RegistrySerializerObservations implements RegistrySerializerObserver {

    /** The observation's name. */
    public static final String NAME = "objectregistry.serializer";

    private final ObservationRegistry observations;

    /**
     * Creates the observer.
     * @param observations where the observations are reported
     */
    public RegistrySerializerObservations(ObservationRegistry observations) {
        this.observations = observations;
    }

    @Override
    public <T> T observe(Operation operation, Class<?> type, Supplier<T> call) {
        String name = operation.name().toLowerCase(Locale.ROOT);
        return Observation.createNotStarted(NAME, this.observations)
            .contextualName("objectregistry " + name)
            .lowCardinalityKeyValue("operation", name)
            .lowCardinalityKeyValue("type", type.getName())
            .observe(call);
    }
}
