package io.github.objectregistry.autoconfigure.metrics;

import java.util.Locale;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import io.github.objectregistry.autoconfigure.RegistrationSources;
import io.github.objectregistry.autoconfigure.RegistrationSources.Source;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import io.github.objectregistry.json.EnvelopeError;
import io.github.objectregistry.json.RefusedReadListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The registry's meters, for the operations team: what it refuses, what it repairs, and how much it holds.
 * <ul>
 * <li>{@value #REFUSED_READS} (counter): reads the registry refused, tagged {@code reason} ({@code unknown_name},
 * {@code type_mismatch}, {@code marker}, {@code malformed}, {@code limit}, {@code version}) and {@code type}, the
 * application's class the envelope was declared as. Never the input's text, which an attacker chooses: a tag per
 * name sent would grow without bound.</li>
 * <li>{@value #REPAIRED_LEAKS} (counter): scopes left open by handler code and closed by the starter, tagged
 * {@code boundary} ({@code request}, {@code task}, {@code webflux}).</li>
 * <li>{@value #NAMES} (gauge): the names that resolve globally, aliases included.</li>
 * <li>{@value #REGISTRATIONS} (gauge): registrations, tagged {@code source} ({@code scan}, {@code bean},
 * {@code manual}).</li>
 * </ul>
 */
public class ObjectRegistryMetrics implements RefusedReadListener, ScopeLeakListener {

    /** The counter of refused reads. */
    public static final String REFUSED_READS = "objectregistry.reads.refused";

    /** The counter of repaired scope leaks. */
    public static final String REPAIRED_LEAKS = "objectregistry.scope.leaks.repaired";

    /** The gauge of registered names. */
    public static final String NAMES = "objectregistry.names";

    /** The gauge of registrations by source. */
    public static final String REGISTRATIONS = "objectregistry.registrations";

    private final MeterRegistry meters;

    /**
     * Creates the meters and registers the gauges.
     * @param registry the registry measured
     * @param sources where each registration came from
     * @param meters where the meters are registered
     */
    public ObjectRegistryMetrics(ObjectRegistry registry, RegistrationSources sources, MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder(NAMES, registry, ObjectRegistryMetrics::names)
            .description("Names that resolve through the object registry, aliases included")
            .register(meters);
        for (Source source : Source.values()) {
            Gauge.builder(REGISTRATIONS, registry, (measured) -> registrations(measured, sources, source))
                .description("Registrations in the object registry, by where they came from")
                .tag("source", tagValue(source))
                .register(meters);
        }
    }

    @Override
    public void refused(EnvelopeError refusal, Class<?> declaredType) {
        Counter.builder(REFUSED_READS)
            .description("Reads the object registry refused, by reason and declared type")
            .tag("reason", tagValue(refusal.getReason()))
            .tag("type", declaredType.getName())
            .register(this.meters)
            .increment();
    }

    @Override
    public void repaired(Boundary boundary, int scopes) {
        Counter.builder(REPAIRED_LEAKS)
            .description("Custom object scopes left open and closed by the starter, by boundary")
            .tag("boundary", tagValue(boundary))
            .register(this.meters)
            .increment(scopes);
    }

    private static double names(ObjectRegistry registry) {
        return registry.getRegistrations().stream().mapToInt((registration) -> 1 + registration.aliases().size()).sum();
    }

    private static double registrations(ObjectRegistry registry, RegistrationSources sources, Source source) {
        return registry.getRegistrations().stream().map(Registration::name).map(sources::getSource)
            .filter(source::equals).count();
    }

    private static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
