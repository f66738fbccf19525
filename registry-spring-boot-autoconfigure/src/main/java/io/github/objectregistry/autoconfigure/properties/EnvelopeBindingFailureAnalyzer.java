package io.github.objectregistry.autoconfigure.properties;

import io.github.objectregistry.json.EnvelopeError;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.core.JacksonException;

/**
 * Reports a configuration property whose envelope the registry refused: the property path, the name as
 * written, the registered names closest to it, and what to change. It runs before Spring Boot's own binding
 * analyzer, which would only say that the value could not be converted.
 *
 * <pre>
 * Description:
 * The property 'app.rule' is an envelope naming 'pricing>Discont', which the object registry refuses: ...
 * Action:
 * Write one of the registered names closest to it in 'app.rule.registered-name': [pricing>Discount] ...
 * </pre>
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnvelopeBindingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        Throwable refusal = cause.getCause();
        while (refusal != null && !(refusal instanceof EnvelopeError)) {
            refusal = refusal.getCause();
        }
        if (!(refusal instanceof EnvelopeError error)) {
            return null;
        }
        String property = cause.getName().toString();
        String description = "The property '" + property + "' is an envelope naming '" + error.getName()
                + "', which the object registry refuses (" + error.getReason() + "): "
                + ((refusal instanceof JacksonException jackson) ? jackson.getOriginalMessage() : refusal.getMessage());
        return new FailureAnalysis(description, action(property, cause.getTarget().getType().toString(), error),
                cause);
    }

    private static String action(String property, String declaredType, EnvelopeError error) {
        return switch (error.getReason()) {
            case UNKNOWN_NAME -> "Write " + (error.getSuggestions().isEmpty() ? "a registered name"
                    : "one of the registered names closest to it, " + error.getSuggestions() + ",")
                    + " in '" + property + ".registered-name' (or its class-name and module), or register a class "
                    + "under '" + error.getName() + "' with @RegisterSerializable in a scanned package.";
            case TYPE_MISMATCH -> "Name in '" + property + "' a registered class of the property's declared type, "
                    + declaredType + ", or declare the property with a type that '" + error.getName()
                    + "' implements.";
            case MARKER -> "Markers such as '" + error.getName() + "' are never resolved from configuration: name a "
                    + "registered class in '" + property + ".registered-name' instead.";
            default -> "Correct the envelope under '" + property + "' as the message above says.";
        };
    }
}
