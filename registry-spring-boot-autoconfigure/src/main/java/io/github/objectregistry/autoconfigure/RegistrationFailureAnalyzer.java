package io.github.objectregistry.autoconfigure;

import io.github.objectregistry.DuplicateRegistrationException;
import io.github.objectregistry.RegistrationException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed registration at startup into Boot's "APPLICATION FAILED TO START" report: the
 * registration's problem as the description, its fix as the action, and the bean whose creation failed.
 */
class RegistrationFailureAnalyzer extends AbstractFailureAnalyzer<RegistrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegistrationException cause) {
        StringBuilder description = new StringBuilder(cause.getProblem());
        String beanName = innermostFailingBean(rootFailure);
        if (beanName != null) {
            description.append(System.lineSeparator()).append(System.lineSeparator())
                .append("This happened while creating the bean '").append(beanName).append("'.");
        }
        String action = cause.getFix();
        if (cause instanceof DuplicateRegistrationException duplicate
                && duplicate.getConflict() == DuplicateRegistrationException.Conflict.NAME_TAKEN) {
            action += " To let the later registration win instead, set object-registry.on-conflict=replace.";
        }
        return new FailureAnalysis(description.toString(), action, cause);
    }

    /**
     * The bean closest to the failure: the outer ones of the chain only depend on it, so naming them (a
     * controller, say) would send the reader to the wrong place.
     */
    private static String innermostFailingBean(Throwable failure) {
        String beanName = null;
        for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
            if (candidate instanceof BeanCreationException creation && creation.getBeanName() != null) {
                beanName = creation.getBeanName();
            }
        }
        return beanName;
    }
}
