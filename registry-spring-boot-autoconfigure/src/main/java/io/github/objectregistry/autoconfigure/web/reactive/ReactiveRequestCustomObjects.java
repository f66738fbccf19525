package io.github.objectregistry.autoconfigure.web.reactive;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;

/**
 * Adds custom objects to the scope that {@link CustomObjectScopeWebFilter} gives each WebFlux request, for
 * example objects chosen per tenant or per header; the reactive form of
 * {@link io.github.objectregistry.autoconfigure.web.RequestCustomObjects}. Declare implementations as beans;
 * with several, later ones (by {@code @Order}) win.
 *
 * <pre>{@code
 * @Bean
 * ReactiveRequestCustomObjects tenantPricing(TenantRules rules) {
 *     return (exchange) -> rules.forTenant(exchange.getRequest().getHeaders().getFirst("X-Tenant"))
 *         .map((pricing) -> Map.of("shop>pricing", pricing));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ReactiveRequestCustomObjects {

    /**
     * Returns the objects to add for this request.
     * @param exchange the current exchange
     * @return names to classes or instances; an empty map or an empty {@code Mono} for none, never {@code null}
     */
    Mono<Map<String, ?>> getCustomObjects(ServerWebExchange exchange);
}
