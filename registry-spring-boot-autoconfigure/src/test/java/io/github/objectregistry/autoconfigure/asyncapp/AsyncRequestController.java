package io.github.objectregistry.autoconfigure.asyncapp;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.objectregistry.ObjectRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.MethodParameter;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncTask;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import static io.github.objectregistry.autoconfigure.asyncapp.TestAsyncApplication.DISCOUNT;

/**
 * Each handler puts the request's own discount into the request's scope, then hands the lookup to another
 * thread; the body is what that thread resolved, then (see {@link DispatchAdvice}) what the dispatch that
 * writes the body resolves.
 */
@RestController
class AsyncRequestController {

    private final ObjectRegistry registry;

    private final TestAsyncApplication.Pricing pricing;

    private final AsyncTaskExecutor executor;

    /** An executor of the application's own, which no decorator reaches: only the interceptor can help. */
    private final SimpleAsyncTaskExecutor undecorated = new SimpleAsyncTaskExecutor("undecorated-");

    AsyncRequestController(ObjectRegistry registry, TestAsyncApplication.Pricing pricing,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor executor) {
        this.registry = registry;
        this.pricing = pricing;
        this.executor = executor;
    }

    @GetMapping("/task/{discount}")
    String task(@PathVariable String discount) throws Exception {
        override(discount);
        return this.executor.submit(this.pricing::discount).get();
    }

    @GetMapping("/task-thread")
    String taskThread() throws Exception {
        return this.executor.submit(() -> Thread.currentThread().toString()).get();
    }

    @GetMapping("/async-method/{discount}")
    String asyncMethod(@PathVariable String discount) throws Exception {
        override(discount);
        return this.pricing.discountAsync().get();
    }

    @GetMapping("/completion-stage")
    String completionStage() {
        return this.pricing.springSaleLater().toCompletableFuture().join();
    }

    @GetMapping("/callable/{discount}")
    Callable<String> callable(@PathVariable String discount) {
        override(discount);
        return this.pricing::discount;
    }

    @GetMapping("/web-async-task/{discount}")
    WebAsyncTask<String> webAsyncTask(@PathVariable String discount) {
        override(discount);
        return new WebAsyncTask<>(10_000L, this.undecorated, this.pricing::discount);
    }

    @GetMapping("/deferred/{discount}")
    DeferredResult<String> deferred(@PathVariable String discount) {
        override(discount);
        DeferredResult<String> result = new DeferredResult<>();
        this.executor.execute(() -> result.setResult(this.pricing.discount()));
        return result;
    }

    @GetMapping("/streaming/{discount}")
    StreamingResponseBody streaming(@PathVariable String discount) {
        override(discount);
        return (out) -> out.write(this.pricing.discount().getBytes(StandardCharsets.UTF_8));
    }

    /** Fails after putting the discount into the request's scope: the error page renders in another dispatch. */
    @GetMapping("/fails/{discount}")
    String fails(@PathVariable String discount) {
        override(discount);
        throw new IllegalStateException("handler failed");
    }

    /** A Callable that fails with a scope left open. */
    @GetMapping("/callable-fails/{discount}")
    Callable<String> callableFails(@PathVariable String discount) {
        override(discount);
        return () -> {
            this.registry.customObjectScope(Map.of("leaky", "from-failed-callable"));
            throw new IllegalStateException("callable failed halfway");
        };
    }

    /** A Callable that outlives its request's timeout, with a scope left open, and is cancelled. */
    @GetMapping("/times-out/{discount}")
    WebAsyncTask<String> timesOut(@PathVariable String discount) {
        override(discount);
        return new WebAsyncTask<>(100L, () -> {
            this.registry.customObjectScope(Map.of("leaky", "from-cancelled-callable"));
            Thread.sleep(60_000);
            return "too late";
        });
    }

    private void override(String discount) {
        this.registry.getCustomObjects().put(DISCOUNT, discount);
    }

    /** Appends what the dispatch that writes the body resolves. */
    @ControllerAdvice
    static class DispatchAdvice implements ResponseBodyAdvice<Object> {

        private final TestAsyncApplication.Pricing pricing;

        DispatchAdvice(TestAsyncApplication.Pricing pricing) {
            this.pricing = pricing;
        }

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return returnType.getContainingClass() == AsyncRequestController.class;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                ServerHttpResponse response) {
            return (body instanceof String value) ? value + "|" + this.pricing.discount() : body;
        }
    }
}
