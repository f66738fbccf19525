package io.github.objectregistry.autoconfigure.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.github.objectregistry.json.EnvelopeError;
import io.github.objectregistry.json.EnvelopeError.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Describes a request body that the registry refused as an RFC 9457 problem detail: status 400, a title and
 * a {@code type} per {@link Reason}, the refusal's own message (the input, the rule and the fix) as the
 * detail, and the properties {@code reason}, {@code pointer} (an RFC 6901 JSON Pointer to the refused
 * envelope in the request body; {@code ""} for the body itself), {@code name} (when the refusal is about a
 * name) and {@code suggestions} (for an unknown name). Used by the MVC and WebFlux error handling; declare a bean of
 * this type to describe refusals differently.
 *
 * <pre>{@code
 * {"type": "urn:object-registry:envelope:unknown-name", "title": "Unknown registered name", "status": 400,
 *  "detail": "Unknown registered name 'shop>Discont' for ... Did you mean 'shop>Discount'? Register ...",
 *  "reason": "UNKNOWN_NAME", "pointer": "/rules/0", "name": "shop>Discont", "suggestions": ["shop>Discount"]}
 * }</pre>
 */
public class EnvelopeProblemDetails {

    /**
     * Describes the registry's refusal behind a failure, if there is one.
     * @param failure a failure to read a request body, for example an {@code HttpMessageNotReadableException}
     * @return the problem detail, or {@code null} if no {@link EnvelopeError} is in the cause chain
     */
    public ProblemDetail describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EnvelopeError refusal) {
                return describe(cause, refusal);
            }
        }
        return null;
    }

    /**
     * Describes one refusal.
     * @param exception the exception that refused the envelope
     * @param refusal the same exception, as an envelope error
     * @return the problem detail
     */
    protected ProblemDetail describe(Throwable exception, EnvelopeError refusal) {
        // A JacksonException's own message, without the location Jackson appends to it.
        String detail = (exception instanceof JacksonException jackson) ? jackson.getOriginalMessage()
                : exception.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("urn:object-registry:envelope:"
                + refusal.getReason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title(refusal.getReason()));
        problem.setProperty("reason", refusal.getReason().name());
        if (exception instanceof DatabindException databind) {
            problem.setProperty("pointer", pointer(databind.getPath()));
        }
        if (refusal.getName() != null) {
            problem.setProperty("name", refusal.getName());
        }
        if (refusal.getReason() == Reason.UNKNOWN_NAME) {
            problem.setProperty("suggestions", refusal.getSuggestions());
        }
        return problem;
    }

    /** The path Jackson tracked to the failing value, as a JSON Pointer. */
    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            }
            else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String title(Reason reason) {
        return switch (reason) {
            case UNKNOWN_NAME -> "Unknown registered name";
            case TYPE_MISMATCH -> "Name not allowed here";
            case MARKER -> "Keras marker refused";
            case MALFORMED -> "Malformed envelope";
            case LIMIT -> "Document exceeds limits";
            case VERSION -> "Config version not readable";
        };
    }
}
