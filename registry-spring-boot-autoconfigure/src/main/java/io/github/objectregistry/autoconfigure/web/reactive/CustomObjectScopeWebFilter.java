package io.github.objectregistry.autoconfigure.web.reactive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import io.github.objectregistry.autoconfigure.ScopeLeakListener.Boundary;
import io.github.objectregistry.autoconfigure.reactor.LeakRepairingPublishers;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import io.github.objectregistry.autoconfigure.reactor.ScopedPublishers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every WebFlux request a custom object scope of its own, holding what the
 * {@link ReactiveRequestCustomObjects} beans add, so that a handler's {@code getCustomObjects().put(...)} never
 * reaches another request or the global entries.
 *
 * <p>The scope is a {@link ScopeSnapshot} value, carried in the Reactor {@code Context} under the
 * {@link ReactorScopeKey}, never held by a thread between signals. It applies:
 * <ul>
 * <li>always, to the code that the request's subscription and its body's arrival run on the server's threads:
 * the handler method (before or after its {@code @RequestBody} was read) and whatever it calls directly. A
 * {@code put} there goes into the request's scope, visible to that code until it returns;</li>
 * <li>always, to envelopes in request bodies read by the JSON decoder, which takes the scope from the
 * {@code Context} ({@link ScopedJacksonJsonDecoder});</li>
 * <li>under {@code spring.reactor.context-propagation=auto} only, to operators that run later or on other
 * threads ({@code subscribeOn}, {@code publishOn}, timers): Reactor restores the scope around them from the
 * {@code Context}. In Boot's default, {@code limited}, they run with no scope and see the global entries.</li>
 * </ul>
 * A {@code put} never reaches another request or the global entries, but it is not written back into the
 * request's scope either: an operator restored from the {@code Context} starts again from the request's scope
 * (under {@code auto}, work scheduled from the thread after the {@code put}, such as a {@code delay}, may
 * carry it, as Reactor captures the thread's scopes when it schedules). Objects meant for the whole request
 * come from a {@link ReactiveRequestCustomObjects} bean.
 */
public class CustomObjectScopeWebFilter implements WebFilter, Ordered {

    private static final Log logger = LogFactory.getLog(CustomObjectScopeWebFilter.class);

    private final ObjectRegistry registry;

    private final Object key;

    private final Map<String, ReactiveRequestCustomObjects> contributors;

    private final int order;

    private ScopeLeakListener leakListener = ScopeLeakListener.of(List.of());

    /**
     * Creates the filter.
     * @param registry the registry whose scopes the requests get
     * @param key the key under which the Reactor Context carries the scope
     * @param contributors what adds objects to each request's scope, by bean name (which errors name), in
     * order: later ones win
     * @param order the filter's order
     */
    public CustomObjectScopeWebFilter(ObjectRegistry registry, ReactorScopeKey key,
            Map<String, ReactiveRequestCustomObjects> contributors, int order) {
        this.registry = registry;
        this.key = key.value();
        this.contributors = new LinkedHashMap<>(contributors);
        this.order = order;
    }

    /**
     * Sets what is told when handler code leaves scopes open, which this filter closes.
     * @param leakListener the listener
     */
    public void setLeakListener(ScopeLeakListener leakListener) {
        this.leakListener = leakListener;
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ScopeSnapshot outside = ScopeSnapshot.empty(this.registry);
        if (this.contributors.isEmpty()) {
            return filterInScope(exchange, chain, outside.withScope());
        }
        return customObjects(exchange).flatMap((maps) -> filterInScope(exchange, chain, outside.withScope(maps)));
    }

    private Mono<Void> filterInScope(ServerWebExchange exchange, WebFilterChain chain, ScopeSnapshot scope) {
        ServerWebExchange scoped = hasBody(exchange.getRequest())
                ? exchange.mutate().request(new ScopedBodyRequest(exchange.getRequest(), scope)).build() : exchange;
        Mono<Void> handled = LeakRepairingPublishers.onSubscribe(chain.filter(scoped), this.registry, this::repaired);
        return ScopedPublishers.attachedOnSubscribe(handled, scope)
            .contextWrite((context) -> context.put(this.key, scope));
    }

    /** Scopes that handler code left open were closed: says so, as the servlet filter does. */
    private void repaired(int leaked) {
        logger.warn("Closed " + leaked + " custom object scope(s) left open by a WebFlux handler: close every scope "
                + "you open, ideally with try-with-resources.");
        this.leakListener.repaired(Boundary.WEBFLUX, leaked);
    }

    /** As HTTP defines it: a request without either header has no body, so no signal of its body runs code. */
    private static boolean hasBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    /** Every contributor's objects, in order; an empty {@code Mono} adds nothing. */
    @SuppressWarnings("unchecked")
    private Mono<Map<String, ?>[]> customObjects(ServerWebExchange exchange) {
        List<Mono<Map<String, ?>>> all = new ArrayList<>(this.contributors.size());
        this.contributors.forEach((name, contributor) -> all.add(objectsOf(name, contributor, exchange)));
        return Flux.concat(all).collectList().map((maps) -> maps.toArray(new Map[0]));
    }

    private static Mono<Map<String, ?>> objectsOf(String name, ReactiveRequestCustomObjects contributor,
            ServerWebExchange exchange) {
        Mono<Map<String, ?>> objects = contributor.getCustomObjects(exchange);
        if (objects == null) {
            ServerHttpRequest request = exchange.getRequest();
            return Mono.error(new IllegalStateException("The ReactiveRequestCustomObjects bean '" + name
                    + "' returned null for " + request.getMethod() + " " + request.getPath().value()
                    + ". Return Mono.empty() or Mono.just(Map.of()) when it has nothing to add for a request."));
        }
        return objects;
    }

    /**
     * The request whose body signals arrive under the request's scope: on a server's event loop they are what
     * decodes the body and then calls the handler, outside the filter's subscription.
     */
    private final class ScopedBodyRequest extends ServerHttpRequestDecorator {

        private final ScopeSnapshot scope;

        ScopedBodyRequest(ServerHttpRequest delegate, ScopeSnapshot scope) {
            super(delegate);
            this.scope = scope;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            CustomObjectScopeWebFilter filter = CustomObjectScopeWebFilter.this;
            return LeakRepairingPublishers.onSignals(
                    ScopedPublishers.attachedSignals(getDelegate().getBody(), this.scope), filter.registry,
                    filter::repaired);
        }
    }
}
