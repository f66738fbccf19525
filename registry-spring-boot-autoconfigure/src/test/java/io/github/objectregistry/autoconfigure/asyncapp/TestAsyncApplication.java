package io.github.objectregistry.autoconfigure.asyncapp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.WithCustomObjects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.WebRequest;

/**
 * An application that hands work to other threads in every way Spring offers: {@code @Async}, the
 * {@code applicationTaskExecutor}, a {@code CompletionStage} from a {@code @WithCustomObjects} method, and Spring
 * MVC's async requests ({@link AsyncRequestController}).
 */
@SpringBootApplication
@EnableAsync
public class TestAsyncApplication {

    /** The name each request overrides with a value of its own. */
    public static final String DISCOUNT = "pricing>Discount";

    /** What {@code DISCOUNT} resolves to in the threads that run each piece of work. */
    @Service
    public static class Pricing {

        private final ObjectRegistry registry;

        private final AsyncTaskExecutor executor;

        Pricing(ObjectRegistry registry,
                @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor executor) {
            this.registry = registry;
            this.executor = executor;
        }

        /** The discount this thread resolves. */
        public String discount() {
            Object discount = this.registry.getRegisteredObject(DISCOUNT);
            return (discount instanceof Class<?> type) ? type.getSimpleName() : String.valueOf(discount);
        }

        /** The discount, resolved on a thread of the {@code @Async} executor. */
        @Async
        public CompletableFuture<String> discountAsync() {
            return CompletableFuture.completedFuture(discount());
        }

        /** The discount, resolved by work that this method, under its own scope, submits to the executor. */
        @WithCustomObjects(objects = @CustomObject(name = DISCOUNT, type = SpringSale.class))
        public CompletionStage<String> springSaleLater() {
            return CompletableFuture.supplyAsync(this::discount, this.executor);
        }
    }

    /** The error page tells which discount the dispatch that renders it resolves. */
    @Bean
    DefaultErrorAttributes errorAttributes(Pricing pricing) {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                attributes.put("discount", pricing.discount());
                return attributes;
            }
        };
    }

    /** A discount that only a {@code @WithCustomObjects} method puts in scope. */
    @RegisterSerializable("test")
    public record SpringSale(double percent) {
    }
}
