package io.github.objectregistry.autoconfigure.aop;

import java.util.Map;

import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.reactor.ScopedPublishers;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Makes a {@code @WithCustomObjects} method's scope apply to the {@link Mono} or {@link Flux} it returns, at
 * subscription and on whatever thread its operators run: the scope goes into the Reactor {@code Context},
 * layered over the scopes the subscriber's Context carries (a WebFlux request's), or else over the caller's.
 * The only class of the aspect that needs Reactor: it is loaded only when Reactor is present.
 */
final class ReactiveResultScopes {

    private final Object key;

    ReactiveResultScopes(Object key) {
        this.key = key;
    }

    /** Whether a method declared to return {@code type} may return a {@code Mono} or {@code Flux}. */
    static boolean mayBeReactive(Class<?> type) {
        return Publisher.class.isAssignableFrom(type) || type.isAssignableFrom(Mono.class);
    }

    /**
     * The method's result, with its scope applied to the subscription when it is a {@code Mono} or {@code Flux};
     * anything else as it is.
     * @param result what the method returned
     * @param caller the caller's scopes, for a subscriber whose Context carries none
     * @param customObjects the method's objects
     */
    Object apply(Object result, ScopeSnapshot caller, Map<String, Object> customObjects) {
        if (result instanceof Mono<?> mono) {
            return Mono.deferContextual((context) -> {
                ScopeSnapshot scope = scope(context, caller, customObjects);
                return ScopedPublishers.attachedOnSubscribe(mono, scope).contextWrite((c) -> c.put(this.key, scope));
            });
        }
        if (result instanceof Flux<?> flux) {
            return Flux.deferContextual((context) -> {
                ScopeSnapshot scope = scope(context, caller, customObjects);
                return ScopedPublishers.attachedOnSubscribe(flux, scope).contextWrite((c) -> c.put(this.key, scope));
            });
        }
        return result;
    }

    private ScopeSnapshot scope(ContextView context, ScopeSnapshot caller, Map<String, Object> customObjects) {
        Object outer = context.getOrDefault(this.key, null);
        return ((outer instanceof ScopeSnapshot subscribers) ? subscribers : caller).withScope(customObjects);
    }
}
