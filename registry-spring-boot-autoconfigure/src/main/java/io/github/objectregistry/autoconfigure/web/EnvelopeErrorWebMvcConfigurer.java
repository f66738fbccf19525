package io.github.objectregistry.autoconfigure.web;

import java.util.List;

import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Adds an {@link EnvelopeErrorExceptionResolver} to Spring MVC right after the
 * {@link ExceptionHandlerExceptionResolver}: after the application's {@code @ExceptionHandler} methods, and
 * before the resolver that would turn the refusal into a bare 400. An application that replaced the default
 * resolvers, and so has no {@code ExceptionHandlerExceptionResolver}, gets nothing added.
 */
public class EnvelopeErrorWebMvcConfigurer implements WebMvcConfigurer {

    private final EnvelopeProblemDetails problemDetails;

    /**
     * Creates the configurer.
     * @param problemDetails describes the refusals
     */
    public EnvelopeErrorWebMvcConfigurer(EnvelopeProblemDetails problemDetails) {
        this.problemDetails = problemDetails;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        for (int i = resolvers.size() - 1; i >= 0; i--) {
            if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver handlers) {
                resolvers.add(i + 1, new EnvelopeErrorExceptionResolver(this.problemDetails,
                        handlers.getMessageConverters()));
                return;
            }
        }
    }
}
