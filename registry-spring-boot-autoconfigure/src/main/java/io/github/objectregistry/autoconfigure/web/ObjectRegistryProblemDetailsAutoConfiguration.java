package io.github.objectregistry.autoconfigure.web;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.web.reactive.EnvelopeErrorWebExceptionHandler;
import io.github.objectregistry.autoconfigure.web.reactive.ReactiveEnvelopeProblemDetailsExceptionHandler;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Answers a request body that the registry refused with a 400 {@code application/problem+json} problem detail
 * that names the input, the rule and the fix, in Spring MVC and in WebFlux. The application's own
 * {@code @ExceptionHandler} methods and {@code @ControllerAdvice} beans still come first. Switch it off with
 * {@code object-registry.web.problem-details.enabled=false}.
 *
 * <p>It runs before Boot's MVC and WebFlux auto-configurations so that, with Boot's problem details switched on
 * ({@code spring.mvc.problemdetails.enabled} or {@code spring.webflux.problemdetails.enabled}), a handler that
 * knows the registry takes the place of Boot's own.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class,
        beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration" })
@ConditionalOnWebApplication
@ConditionalOnClass({ ProblemDetail.class, JacksonException.class })
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.web.problem-details.enabled", matchIfMissing = true)
public final class ObjectRegistryProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EnvelopeProblemDetails envelopeProblemDetails() {
        return new EnvelopeProblemDetails();
    }

    /** Spring MVC: a resolver right after the application's {@code @ExceptionHandler} methods. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    static class WebMvcConfiguration {

        @Bean
        @ConditionalOnMissingBean
        EnvelopeErrorWebMvcConfigurer envelopeErrorWebMvcConfigurer(EnvelopeProblemDetails problemDetails) {
            return new EnvelopeErrorWebMvcConfigurer(problemDetails);
        }

        @Bean
        @ConditionalOnBooleanProperty("spring.mvc.problemdetails.enabled")
        @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
        @Order(0)
        EnvelopeProblemDetailsExceptionHandler envelopeProblemDetailsExceptionHandler(
                EnvelopeProblemDetails problemDetails) {
            return new EnvelopeProblemDetailsExceptionHandler(problemDetails);
        }
    }

    /** WebFlux: a {@code WebExceptionHandler} just before Boot's error handler. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = Type.REACTIVE)
    @ConditionalOnClass(DispatcherHandler.class)
    static class WebFluxConfiguration {

        @Bean
        @ConditionalOnMissingBean
        EnvelopeErrorWebExceptionHandler envelopeErrorWebExceptionHandler(EnvelopeProblemDetails problemDetails,
                ServerCodecConfigurer codecs) {
            return new EnvelopeErrorWebExceptionHandler(problemDetails, codecs);
        }

        @Bean
        @ConditionalOnBooleanProperty("spring.webflux.problemdetails.enabled")
        @ConditionalOnMissingBean(
                type = "org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler")
        @Order(0)
        ReactiveEnvelopeProblemDetailsExceptionHandler reactiveEnvelopeProblemDetailsExceptionHandler(
                EnvelopeProblemDetails problemDetails) {
            return new ReactiveEnvelopeProblemDetailsExceptionHandler(problemDetails);
        }
    }
}
