package io.github.objectregistry.autoconfigure.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import io.github.objectregistry.autoconfigure.ScopeLeakListener.Boundary;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ObjectUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens a custom object scope for each request, holding what the {@link RequestCustomObjects} beans add, so
 * that changes made through {@link ObjectRegistry#getCustomObjects()} while handling a request never reach
 * another request.
 *
 * <p>When the request ends, however it ends, the thread's scopes are returned to where they were before it:
 * a scope that the handler opened and never closed is closed here and logged at WARN, so the next request on
 * this thread starts clean. An async request ({@code Callable}, {@code DeferredResult}) gets the same on each
 * dispatch: the one that starts it, the one that writes its result, often on another request thread, and an error
 * dispatch.
 *
 * <p>Those later dispatches belong to the same request, so they see the same scope: the view the earlier dispatch
 * ended with, including what its handler put into it, kept in a request attribute. Unless that is switched off
 * ({@code object-registry.propagation.enabled=false}), when each dispatch opens a scope of its own.
 */
public class CustomObjectScopeFilter extends OncePerRequestFilter implements Ordered {

    private static final Log logger = LogFactory.getLog(CustomObjectScopeFilter.class);

    private final ObjectRegistry registry;

    private final Map<String, RequestCustomObjects> contributors;

    private final int order;

    private final boolean carryAcrossDispatches;

    /** Where the scope view a dispatch ended with waits for the request's later dispatches: one per registry. */
    private final String snapshotAttribute;

    private ScopeLeakListener leakListener = ScopeLeakListener.of(List.of());

    /**
     * Creates the filter.
     * @param registry the registry whose scope is opened
     * @param contributors what adds objects to each request's scope, by bean name (which errors name), in
     * order: later ones win
     * @param order the filter's order
     * @param carryAcrossDispatches whether the async and error dispatches of a request see the scope its
     * earlier dispatch ended with, rather than a new one
     */
    public CustomObjectScopeFilter(ObjectRegistry registry, Map<String, RequestCustomObjects> contributors,
            int order, boolean carryAcrossDispatches) {
        this.registry = registry;
        this.contributors = new LinkedHashMap<>(contributors);
        this.order = order;
        this.carryAcrossDispatches = carryAcrossDispatches;
        this.snapshotAttribute = CustomObjectScopeFilter.class.getName() + ".SNAPSHOT@"
                + ObjectUtils.getIdentityHexString(registry);
    }

    /**
     * Sets what is told when this filter closes scopes that a request left open.
     * @param leakListener the listener
     */
    public void setLeakListener(ScopeLeakListener leakListener) {
        this.leakListener = leakListener;
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

    /** What an error page renders is handler code too: it must not write into the global entries. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object earlier = this.carryAcrossDispatches ? request.getAttribute(this.snapshotAttribute) : null;
        ScopeSnapshot.Attachment attached = (earlier instanceof ScopeSnapshot snapshot) ? snapshot.attach() : null;
        int depthBefore = this.registry.scopeDepth();
        if (attached == null) {
            openScope(request);
        }
        int depthOpen = this.registry.scopeDepth();
        try {
            chain.doFilter(request, response);
        }
        finally {
            // Closes anything the handler opened inside this request's scope and never closed, then the scope
            // itself. Back at depth 0 the registry keeps nothing in this thread, so a pooled thread pins no
            // class loader; an attachment puts back exactly what the thread had.
            int leaked = this.registry.closeScopesAbove(depthOpen);
            if (leaked > 0) {
                logger.warn("Closed " + leaked + " custom object scope(s) left open while handling "
                        + request.getMethod() + " " + request.getRequestURI()
                        + ": close every scope you open, ideally with try-with-resources.");
                this.leakListener.repaired(Boundary.REQUEST, leaked);
            }
            if (this.carryAcrossDispatches) {
                request.setAttribute(this.snapshotAttribute, this.registry.captureScopes());
            }
            if (attached != null) {
                attached.close();
            }
            else {
                this.registry.closeScopesAbove(depthBefore);
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
