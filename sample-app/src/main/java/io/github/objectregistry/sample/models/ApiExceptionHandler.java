package io.github.objectregistry.sample.models;

import io.github.objectregistry.json.UnknownNameException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidTypeIdException;

/**
 * Turns every client mistake into an RFC 9457 problem detail with a 4xx status, and the message that says
 * what was wrong and how to fix it.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = (ex.getCause() instanceof JacksonException jackson) ? describe(jackson)
                : problem(HttpStatus.BAD_REQUEST, "Unreadable request body", "The request body is missing or "
                        + "cannot be read: send a JSON document with Content-Type: application/json.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.valueOf(problem.getStatus()), request);
    }

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
    ProblemDetail unreadableStoredModel(JacksonException ex) {
        ProblemDetail problem = describe(ex);
        problem.setStatus(HttpStatus.CONFLICT);
        problem.setTitle("Stored model cannot be read: " + problem.getTitle());
        return problem;
    }

    private static ProblemDetail describe(JacksonException ex) {
        if (ex instanceof UnknownNameException unknown) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unknown registered name", unknown.getOriginalMessage());
            problem.setProperty("name", unknown.getName());
            problem.setProperty("suggestions", unknown.getSuggestions());
            return problem;
        }
        if (ex instanceof InvalidTypeIdException refused) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Name not allowed here", refused.getOriginalMessage());
            problem.setProperty("name", refused.getTypeId());
            return problem;
        }
        if (ex instanceof StreamConstraintsException) {
            return problem(HttpStatus.BAD_REQUEST, "Document exceeds limits", ex.getOriginalMessage());
        }
        if (ex instanceof StreamReadException) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", ex.getOriginalMessage());
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid model JSON", ex.getOriginalMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
