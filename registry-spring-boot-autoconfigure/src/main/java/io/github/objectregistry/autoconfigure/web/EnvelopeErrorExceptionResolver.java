package io.github.objectregistry.autoconfigure.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;

/**
 * Answers a request body that the registry refused with an {@code application/problem+json} problem detail
 * from {@link EnvelopeProblemDetails}, where Spring MVC would otherwise send a bare 400.
 *
 * <p>{@link EnvelopeErrorWebMvcConfigurer} places it right after the resolver of {@code @ExceptionHandler}
 * methods, so that the application's own handlers, in a controller or a {@code @ControllerAdvice}, see every
 * exception first: this resolver only sees what they did not handle.
 */
public class EnvelopeErrorExceptionResolver extends AbstractHandlerExceptionResolver {

    private final EnvelopeProblemDetails problemDetails;

    private final List<HttpMessageConverter<?>> messageConverters;

    /**
     * Creates the resolver.
     * @param problemDetails describes the refusals
     * @param messageConverters writes the problem detail; the application's, so that its JSON settings apply
     */
    public EnvelopeErrorExceptionResolver(EnvelopeProblemDetails problemDetails,
            List<HttpMessageConverter<?>> messageConverters) {
        this.problemDetails = problemDetails;
        this.messageConverters = List.copyOf(messageConverters);
    }

    @Override
    protected ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response,
            Object handler, Exception ex) {
        if (!(ex instanceof HttpMessageNotReadableException) || response.isCommitted()) {
            return null;
        }
        ProblemDetail problem = this.problemDetails.describe(ex);
        if (problem == null) {
            return null;
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        try {
            return write(problem, new ServletServerHttpResponse(response));
        }
        catch (IOException writeFailure) {
            this.logger.warn("Could not write the problem detail for " + request.getRequestURI(), writeFailure);
            return null;
        }
    }

    /** Writes with the first converter that can; an empty ModelAndView tells Spring the response is done. */
    @SuppressWarnings("unchecked")
    private ModelAndView write(ProblemDetail problem, ServletServerHttpResponse response) throws IOException {
        for (HttpMessageConverter<?> converter : this.messageConverters) {
            if (converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON)) {
                response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
                ((HttpMessageConverter<Object>) converter).write(problem, MediaType.APPLICATION_PROBLEM_JSON,
                        response);
                return new ModelAndView();
            }
        }
        return null;
    }
}
