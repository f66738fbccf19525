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
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * In a Spring MVC application, answers a request body that the registry refused with a 400
 * {@code application/problem+json} problem detail that names the input, the rule and the fix. The
 * application's own {@code @ExceptionHandler} methods and {@code @ControllerAdvice} beans still come first.
 * Switch it off with {@code object-registry.web.problem-details.enabled=false}.
 *
 * <p>It runs before Boot's MVC auto-configuration so that, with {@code spring.mvc.problemdetails.enabled=true},
 * {@link EnvelopeProblemDetailsExceptionHandler} takes the place of Boot's own problem-details handler.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, JacksonException.class })
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.web.problem-details.enabled", matchIfMissing = true)
public final class ObjectRegistryWebMvcProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EnvelopeProblemDetails envelopeProblemDetails() {
        return new EnvelopeProblemDetails();
    }

    @Bean
    @ConditionalOnMissingBean
    EnvelopeErrorWebMvcConfigurer envelopeErrorWebMvcConfigurer(EnvelopeProblemDetails problemDetails) {
        return new EnvelopeErrorWebMvcConfigurer(problemDetails);
    }

    /** With Boot's problem details switched on, its handler is replaced by one that knows the registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("spring.mvc.problemdetails.enabled")
    static class BootProblemDetailsConfiguration {

        @Bean
        @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
        @Order(0)
        EnvelopeProblemDetailsExceptionHandler envelopeProblemDetailsExceptionHandler(
                EnvelopeProblemDetails problemDetails) {
            return new EnvelopeProblemDetailsExceptionHandler(problemDetails);
        }
    }
}
