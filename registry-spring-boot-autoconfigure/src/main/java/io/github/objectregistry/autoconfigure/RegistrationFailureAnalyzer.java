package io.github.objectregistry.autoconfigure;

import io.github.objectregistry.DuplicateRegistrationException;
import io.github.objectregistry.RegistrationException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed registration at startup into Boot's "APPLICATION FAILED TO START" report: the
 * registration's problem as the description, its fix as the action.
 */
class RegistrationFailureAnalyzer extends AbstractFailureAnalyzer<RegistrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegistrationException cause) {
        StringBuilder description = new StringBuilder(cause.getProblem());
        BeanCreationException creation = findCause(rootFailure, BeanCreationException.class);
        if (creation != null && creation.getBeanName() != null) {
            description.append(System.lineSeparator()).append(System.lineSeparator())
                .append("This happened while creating the bean '").append(creation.getBeanName()).append("'.");
        }
        String action = cause.getFix();
        if (cause instanceof DuplicateRegistrationException) {
            action += " To let the later registration win instead, set object-registry.on-conflict=replace.";
        }
        return new FailureAnalysis(description.toString(), action, cause);
    }
}
