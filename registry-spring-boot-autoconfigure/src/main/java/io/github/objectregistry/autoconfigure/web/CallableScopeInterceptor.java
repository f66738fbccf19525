package io.github.objectregistry.autoconfigure.web;

import java.util.concurrent.Callable;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import org.springframework.util.ObjectUtils;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

/**
 * Runs the {@code Callable} of a Spring MVC async request ({@code Callable}, {@code WebAsyncTask},
 * {@code StreamingResponseBody}) under the request's scopes, on whichever executor runs it, and leaves that
 * thread exactly as it was.
 *
 * <p>Spring MVC calls {@link #beforeConcurrentHandling} on the request thread, where the request's scope is
 * open: the scopes are taken there, with whatever the handler put into them. {@link #preProcess} and
 * {@link #postProcess} run on the thread that calls the {@code Callable}, right before and after it: the scopes
 * are attached in one and the attachment ends in the other, which closes, and logs at WARN, any scope the
 * {@code Callable} left open. The timeout and error callbacks run on container threads, without the scopes.
 */
public class CallableScopeInterceptor implements CallableProcessingInterceptor {

    private final ObjectRegistry registry;

    /** The request attribute that takes the request thread's scopes to the Callable's thread: one per registry. */
    private final String snapshotAttribute;

    /** The attachment made by {@link #preProcess}, for {@link #postProcess} on the same thread to end. */
    private final ThreadLocal<ScopeSnapshot.Attachment> attachments = new ThreadLocal<>();

    /**
     * Creates the interceptor.
     * @param registry the registry whose scopes the request's {@code Callable} runs under
     */
    public CallableScopeInterceptor(ObjectRegistry registry) {
        this.registry = registry;
        this.snapshotAttribute = CallableScopeInterceptor.class.getName() + ".SNAPSHOT@"
                + ObjectUtils.getIdentityHexString(registry);
    }

    @Override
    public <T> void beforeConcurrentHandling(NativeWebRequest request, Callable<T> task) {
        request.setAttribute(this.snapshotAttribute, this.registry.captureScopes(), RequestAttributes.SCOPE_REQUEST);
    }

    @Override
    public <T> void preProcess(NativeWebRequest request, Callable<T> task) {
        Object snapshot = request.getAttribute(this.snapshotAttribute, RequestAttributes.SCOPE_REQUEST);
        if (snapshot instanceof ScopeSnapshot scopes) {
            this.attachments.set(scopes.attach());
        }
    }

    @Override
    public <T> void postProcess(NativeWebRequest request, Callable<T> task, Object concurrentResult) {
        ScopeSnapshot.Attachment attachment = this.attachments.get();
        if (attachment != null) {
            this.attachments.remove();
            attachment.close();
        }
    }
}
