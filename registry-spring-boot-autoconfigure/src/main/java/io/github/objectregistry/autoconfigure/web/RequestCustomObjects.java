package io.github.objectregistry.autoconfigure.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Adds custom objects to the scope that {@link CustomObjectScopeFilter} opens for each request, for
 * example objects chosen per tenant or per header. Declare implementations as beans; with several, later ones
 * (by {@code @Order}) win.
 *
 * <pre>{@code
 * @Bean
 * RequestCustomObjects tenantPricing(PricingRules rules) {
 *     return (request) -> Map.of("shop>pricing", rules.forTenant(request.getHeader("X-Tenant")));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface RequestCustomObjects {

    /**
     * Returns the objects to add for this request.
     * @param request the current request
     * @return names to classes or instances; empty for none
     */
    Map<String, ?> getCustomObjects(HttpServletRequest request);
}
