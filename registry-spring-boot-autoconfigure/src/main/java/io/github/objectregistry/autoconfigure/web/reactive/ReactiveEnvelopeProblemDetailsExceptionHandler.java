package io.github.objectregistry.autoconfigure.web.reactive;

import io.github.objectregistry.autoconfigure.web.EnvelopeProblemDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Stands in for Spring Boot's own problem-details handler when {@code spring.webflux.problemdetails.enabled=true}:
 * it answers every WebFlux exception as Boot's does, except that a request body the registry refused gets the
 * problem detail of {@link EnvelopeProblemDetails} rather than a generic "Failed to read HTTP message". Boot's
 * handler would otherwise hide the refusal from {@link EnvelopeErrorWebExceptionHandler}.
 */
@ControllerAdvice
public class ReactiveEnvelopeProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private final EnvelopeProblemDetails problemDetails;

    /**
     * Creates the handler.
     * @param problemDetails describes the refusals
     */
    public ReactiveEnvelopeProblemDetailsExceptionHandler(EnvelopeProblemDetails problemDetails) {
        this.problemDetails = problemDetails;
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = this.problemDetails.describe(ex);
        if (problem == null) {
            return super.handleServerWebInputException(ex, headers, status, exchange);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), exchange);
    }
}
