package io.github.objectregistry.autoconfigure.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens a custom object scope for each request, holding what the {@link RequestCustomObjects} beans add, so
 * that changes made through {@link ObjectRegistry#getCustomObjects()} while handling a request never reach
 * another request.
 *
 * <p>When the request ends, however it ends, the thread's scopes are returned to where they were before it:
 * a scope that the handler opened and never closed is closed here and logged at WARN, so the next request on
 * this thread starts clean. An async request ({@code Callable}, {@code DeferredResult}) gets the same on each
 * dispatch: the one that starts it, and the one that writes its result, often on another request thread.
 */
public class CustomObjectScopeFilter extends OncePerRequestFilter implements Ordered {

    private static final Log logger = LogFactory.getLog(CustomObjectScopeFilter.class);

    private final ObjectRegistry registry;

    private final Map<String, RequestCustomObjects> contributors;

    private final int order;

    /**
     * Creates the filter.
     * @param registry the registry whose scope is opened
     * @param contributors what adds objects to each request's scope, by bean name (which errors name), in
     * order: later ones win
     * @param order the filter's order
     */
    public CustomObjectScopeFilter(ObjectRegistry registry, Map<String, RequestCustomObjects> contributors,
            int order) {
        this.registry = registry;
        this.contributors = new LinkedHashMap<>(contributors);
        this.order = order;
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    /** The dispatch that writes an async result runs handler code too, and must leave its thread clean. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int depthBefore = this.registry.scopeDepth();
        openScope(request);
        try {
            chain.doFilter(request, response);
        }
        finally {
            // Closes this request's scope, and anything the handler opened inside it and never closed. Back at
            // depth 0 the registry keeps nothing in this thread, so a pooled thread pins no class loader.
            int leaked = this.registry.closeScopesAbove(depthBefore) - 1;
            if (leaked > 0) {
                logger.warn("Closed " + leaked + " custom object scope(s) left open while handling "
                        + request.getMethod() + " " + request.getRequestURI()
                        + ": close every scope you open, ideally with try-with-resources.");
            }
        }
    }

    /** Opens this request's scope; the filter closes it by depth, with anything opened inside it. */
    private void openScope(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, ?>[] maps = new Map[this.contributors.size()];
        int i = 0;
        for (Map.Entry<String, RequestCustomObjects> contributor : this.contributors.entrySet()) {
            Map<String, ?> objects = contributor.getValue().getCustomObjects(request);
            if (objects == null) {
                throw new IllegalStateException("The RequestCustomObjects bean '" + contributor.getKey()
                        + "' returned null for " + request.getMethod() + " " + request.getRequestURI()
                        + ". Return an empty map, Map.of(), when it has nothing to add for a request.");
            }
            maps[i++] = objects;
        }
        this.registry.customObjectScope(maps);
    }
}
