package io.github.objectregistry.autoconfigure;

import io.github.objectregistry.DuplicateRegistrationException;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegistrationException;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed registration at startup into Boot's "APPLICATION FAILED TO START" report: the
 * registration's problem as the description, its fix as the action, and the bean whose creation failed.
 */
class RegistrationFailureAnalyzer extends AbstractFailureAnalyzer<RegistrationException> {

    private static final String CORE_REPLACE_ADVICE = "use ConflictPolicy.REPLACE";

    private static final String PROPERTY_REPLACE_ADVICE = "set object-registry.on-conflict=replace";

    private final BeanFactory beanFactory;

    /**
     * Creates the analyzer; Boot passes the failed context's bean factory, if it got that far.
     * @param beanFactory the bean factory, or {@code null}
     */
    RegistrationFailureAnalyzer(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegistrationException cause) {
        StringBuilder description = new StringBuilder(cause.getProblem());
        String beanName = innermostFailingBean(rootFailure);
        if (beanName != null) {
            description.append(System.lineSeparator()).append(System.lineSeparator())
                .append(isRegistry(beanName)
                        ? "This happened while registering the @RegisterSerializable classes found by the scan."
                        : "This happened while creating the bean '" + beanName + "'.");
        }
        String action = cause.getFix();
        if (cause instanceof DuplicateRegistrationException duplicate
                && duplicate.getConflict() == DuplicateRegistrationException.Conflict.NAME_TAKEN) {
            // A Boot application chooses the policy by property, not by constructing the registry.
            action = action.contains(CORE_REPLACE_ADVICE) ? action.replace(CORE_REPLACE_ADVICE, PROPERTY_REPLACE_ADVICE)
                    : action + " To let the later registration win instead, " + PROPERTY_REPLACE_ADVICE + ".";
        }
        return new FailureAnalysis(description.toString(), action, cause);
    }

    /** Whether the failing bean is the registry itself, which registers what the scan found. */
    private boolean isRegistry(String beanName) {
        try {
            return this.beanFactory != null && this.beanFactory.isTypeMatch(beanName, ObjectRegistry.class);
        }
        catch (BeansException ex) {
            return false;
        }
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
