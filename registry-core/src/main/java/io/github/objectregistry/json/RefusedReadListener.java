package io.github.objectregistry.json;

/**
 * Told once per read that the registry refuses, for counting and alerting: a metric of refusals by
 * {@link EnvelopeError.Reason}, say, which shows an attack or a misconfigured client without reading logs.
 *
 * <pre>{@code
 * ObjectRegistryModule module = ObjectRegistryModule.builder(registry)
 *     .refusedReadListener((refusal, declaredType) -> counters.increment(refusal.getReason(), declaredType))
 *     .build();
 * }</pre>
 *
 * <p>The declared type is the application's own type the refused envelope was read as, a value with few distinct
 * values, fit for a metric's tag; the input's text (a name, a class name) is in the refusal, and is not.
 * The listener runs on the reading thread before the refusal propagates, so it must be quick and must not throw;
 * what it throws is added to the refusal as suppressed and is otherwise ignored.
 */
@FunctionalInterface
public interface RefusedReadListener {

    /**
     * Called once for each refused read, for the innermost envelope that broke a rule.
     * @param refusal the refusal, also the exception the read throws
     * @param declaredType the type the envelope was read as
     */
    void refused(EnvelopeError refusal, Class<?> declaredType);

}
