package io.github.objectregistry.json;

import java.util.List;

import tools.jackson.databind.DeserializationContext;

/**
 * Tells the {@link RefusedReadListener}s of a module about each refused read, once: a refusal raised by a
 * nested envelope passes through every enclosing envelope reader on its way out, and only the first, innermost
 * one reports it, with the type that envelope was declared as.
 */
final class RefusedReads {

    /** The per-read attribute holding the refusal already reported, so that enclosing readers skip it. */
    private static final Object REPORTED = RefusedReads.class;

    private final List<RefusedReadListener> listeners;

    RefusedReads(List<RefusedReadListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Reports a failure of an envelope read, if it is the registry's refusal not reported yet in this read. */
    void report(DeserializationContext ctxt, Class<?> declaredType, RuntimeException failure) {
        if (!this.listeners.isEmpty() && failure instanceof EnvelopeError refusal
                && ctxt.getAttribute(REPORTED) != failure) {
            ctxt.setAttribute(REPORTED, failure);
            report(refusal, declaredType);
        }
    }

    /** Tells every listener; what one throws is kept with the refusal as suppressed, not thrown instead of it. */
    void report(EnvelopeError refusal, Class<?> declaredType) {
        for (RefusedReadListener listener : this.listeners) {
            try {
                listener.refused(refusal, declaredType);
            }
            catch (RuntimeException ex) {
                ((Throwable) refusal).addSuppressed(ex);
            }
        }
    }
}
