package io.github.objectregistry.autoconfigure.testapp;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Asynchronous and concurrent requests that change their scope, to show that nothing crosses requests. */
@RestController
class AsyncScopeController {

    /** Lets two requests meet halfway, so that each changes its scope while the other's is open. */
    private static final CyclicBarrier TWO_REQUESTS = new CyclicBarrier(2);

    private final ObjectRegistry registry;

    AsyncScopeController(ObjectRegistry registry) {
        this.registry = registry;
    }

    /** Puts a value into this request's scope, then reports what the Callable's thread sees. */
    @PostMapping("/async/callable/{value}")
    Callable<String> callable(@PathVariable String value) {
        this.registry.getCustomObjects().put("leaky", value);
        return () -> "depth " + this.registry.scopeDepth() + ", leaky "
                + this.registry.getRegisteredObject("leaky");
    }

    /** Completes from another thread; the response is then written in an async dispatch. */
    @GetMapping("/async/deferred/{value}")
    DeferredResult<String> deferred(@PathVariable String value) {
        DeferredResult<String> result = new DeferredResult<>();
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> result.setResult(value));
        return result;
    }

    @PostMapping("/concurrent/{value}")
    String concurrent(@PathVariable String value) throws Exception {
        this.registry.getCustomObjects().put("leaky", value);
        TWO_REQUESTS.await(10, TimeUnit.SECONDS);
        return String.valueOf(this.registry.getRegisteredObject("leaky"));
    }

    /**
     * Opens a scope while writing the body of {@code /async/deferred/leak} and never closes it, as buggy code
     * running in the async dispatch might.
     */
    @ControllerAdvice
    static class LeakingBodyAdvice implements ResponseBodyAdvice<Object> {

        private final ObjectRegistry registry;

        LeakingBodyAdvice(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return returnType.getContainingClass() == AsyncScopeController.class;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                ServerHttpResponse response) {
            if (request.getURI().getPath().equals("/async/deferred/leak")) {
                this.registry.customObjectScope(Map.of("leaky", "from-async-dispatch"));
            }
            return body;
        }
    }
}
