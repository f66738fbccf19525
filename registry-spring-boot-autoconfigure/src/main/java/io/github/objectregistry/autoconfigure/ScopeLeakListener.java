package io.github.objectregistry.autoconfigure;

import java.util.List;

/**
 * Told each time the starter repairs a scope leak: scopes that a request's handler or a task opened and never
 * closed, which the starter closes at the boundary (and logs at WARN) so that a pooled thread starts clean. A
 * bean of this type is called by the request boundaries (servlet and WebFlux) and by the task decorator; leaks
 * inside an MVC {@code Callable} are closed with its attachment and only logged. With Micrometer present the
 * starter counts them as {@code objectregistry.scope.leaks.repaired}.
 *
 * <pre>{@code
 * @Bean
 * ScopeLeakListener leakAlarm(Alarms alarms) {
 *     return (boundary, scopes) -> alarms.raise("scope leak at " + boundary);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ScopeLeakListener {

    /**
     * Called after the leaked scopes were closed, on the thread that had them.
     * @param boundary where the leak was repaired
     * @param scopes how many scopes were closed, at least 1
     */
    void repaired(Boundary boundary, int scopes);

    /**
     * One listener that tells each of {@code listeners}, in order.
     * @param listeners the listeners, for example the beans of this type
     * @return the listener; one that does nothing when the list is empty
     */
    static ScopeLeakListener of(List<ScopeLeakListener> listeners) {
        List<ScopeLeakListener> all = List.copyOf(listeners);
        return (boundary, scopes) -> all.forEach((listener) -> listener.repaired(boundary, scopes));
    }

    /** Where a leak was repaired. */
    enum Boundary {

        /** The end of a servlet request (each dispatch of it), by the request-scope filter. */
        REQUEST,

        /** The end of a task on an executor or scheduler that the starter decorates. */
        TASK,

        /** The end of a WebFlux request's subscription, by the WebFlux request-scope filter. */
        WEBFLUX
    }
}
