package io.github.objectregistry.autoconfigure.web;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps the request's scopes on the threads that run Spring MVC's async requests ({@code Callable},
 * {@code WebAsyncTask}, {@code StreamingResponseBody}), whatever executor runs them. Switched off by
 * {@code object-registry.propagation.enabled=false}.
 *
 * <p>A {@code DeferredResult} is completed by the application's own thread: work submitted to the
 * auto-configured executor carries the scopes there (see {@code ObjectRegistryTaskExecutionAutoConfiguration}),
 * and the dispatch that writes the result runs under the request's scopes again (see
 * {@link CustomObjectScopeFilter}). A result completed from any other thread carries nothing of the request to
 * that thread. The timeout, error and completion callbacks of a {@code DeferredResult} or {@code WebAsyncTask}
 * run on container threads, outside any dispatch, and see only the global entries.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.propagation.enabled", matchIfMissing = true)
public final class ObjectRegistryMvcAsyncAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CallableScopeInterceptor callableScopeInterceptor(ObjectRegistry registry) {
        return new CallableScopeInterceptor(registry);
    }

    @Bean
    WebMvcConfigurer objectRegistryCallableScopeConfigurer(CallableScopeInterceptor interceptor) {
        return new WebMvcConfigurer() {
            @Override
            public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
                configurer.registerCallableInterceptors(interceptor);
            }
        };
    }
}
