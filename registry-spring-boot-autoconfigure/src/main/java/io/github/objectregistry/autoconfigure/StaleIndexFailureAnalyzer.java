package io.github.objectregistry.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a stale start-up index into Boot's "APPLICATION FAILED TO START" report, naming the index and the class. */
class StaleIndexFailureAnalyzer extends AbstractFailureAnalyzer<StaleIndexException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StaleIndexException cause) {
        return new FailureAnalysis(cause.getProblem(), cause.getFix(), cause);
    }
}
