package io.github.objectregistry.sample.models;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns the application's own errors, and request bodies that are not even well-formed JSON, into RFC 9457
 * problem details with a 4xx status and a message that says what was wrong and how to fix it.
 *
 * <p>Names the registry refuses (unknown, of the wrong type, Keras markers) are not handled here: the starter
 * answers them with its own problem detail. Everything else Spring MVC raises gets Boot's problem details
 * ({@code spring.mvc.problemdetails.enabled=true}). This advice is ordered first because Boot's problem-details
 * handler answers every unreadable body itself, and would otherwise come before the JSON handlers below, which
 * Spring matches on the cause of the unreadable body.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    @ExceptionHandler
    ProblemDetail modelNotFound(ModelNotFoundException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Unknown model", ex.getMessage());
        problem.setProperty("id", ex.getId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidModel(InvalidModelException ex) {
        return problem(HttpStatus.BAD_REQUEST, ex.getTitle(), ex.getMessage());
    }

    /** A stored model that no longer reads, for example because a name it uses was unregistered. */
    @ExceptionHandler
    ProblemDetail unreadableStoredModel(StoredModelUnreadableException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Stored model cannot be read", ex.getMessage());
        problem.setProperty("id", ex.getId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(StreamConstraintsException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Document exceeds limits", ex.getOriginalMessage());
    }

    @ExceptionHandler
    ProblemDetail malformed(StreamReadException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", ex.getOriginalMessage());
    }

    /** A layer's constructor refused its config, such as a Clip with min above max. */
    @ExceptionHandler
    ProblemDetail invalidLayer(ValueInstantiationException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid model JSON", ex.getOriginalMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
