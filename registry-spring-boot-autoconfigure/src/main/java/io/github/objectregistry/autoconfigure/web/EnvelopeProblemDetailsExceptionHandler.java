package io.github.objectregistry.autoconfigure.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Stands in for Spring Boot's own problem-details handler when {@code spring.mvc.problemdetails.enabled=true}:
 * it answers every Spring MVC exception as Boot's does, except that a request body the registry refused gets
 * the problem detail of {@link EnvelopeProblemDetails} rather than a generic "Failed to read request". Boot's
 * handler, like this one, is an advice that comes before the application's unordered ones, so it would
 * otherwise hide the refusal from {@link EnvelopeErrorExceptionResolver}.
 */
@ControllerAdvice
public class EnvelopeProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private final EnvelopeProblemDetails problemDetails;

    /**
     * Creates the handler.
     * @param problemDetails describes the refusals
     */
    public EnvelopeProblemDetailsExceptionHandler(EnvelopeProblemDetails problemDetails) {
        this.problemDetails = problemDetails;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = this.problemDetails.describe(ex);
        if (problem == null) {
            return super.handleHttpMessageNotReadable(ex, headers, status, request);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }
}
