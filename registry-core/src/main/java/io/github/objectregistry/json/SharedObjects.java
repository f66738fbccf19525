package io.github.objectregistry.json;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Keras's {@code shared_object_id} on read: the first object read under an id is remembered for the rest of
 * that read, and every later envelope with the same id yields that same instance, provided it names the same
 * class. (Writing is {@link SharedObjectWrites}.)
 */
final class SharedObjects {

    /** The per-read attribute that holds the objects seen so far. */
    private static final Object READ_KEY = SharedObjects.class.getName() + ".read";

    private SharedObjects() {
    }

    /** How many ids the current read has recorded so far; 0 before the first. */
    static int recordedSoFar(DeserializationContext ctxt) {
        Reads reads = (Reads) ctxt.getAttribute(READ_KEY);
        return (reads != null) ? reads.byId.size() : 0;
    }

    /** Whether the envelope's id came before its config and an earlier envelope of this read already used it. */
    static boolean isKnown(DeserializationContext ctxt, ParsedEnvelope envelope) {
        if (envelope.sharedId == null || envelope.className == null || envelope.isFunction()) {
            return false;
        }
        Reads reads = (Reads) ctxt.getAttribute(READ_KEY);
        return reads != null && reads.byId.containsKey(envelope.sharedId);
    }

    /**
     * The object an envelope with a {@code shared_object_id} yields: its own, if the id is new; otherwise the
     * one first read under that id, after checking that the envelope names the same class.
     */
    static Object share(JsonParser p, DeserializationContext ctxt, ParsedEnvelope envelope, NameResolver names) {
        Reads reads = forRead(ctxt);
        Recorded first = reads.byId.get(envelope.sharedId);
        if (first == null) {
            reads.byId.put(envelope.sharedId, new Recorded(envelope.value, reads.byId.size()));
            return envelope.value;
        }
        String name = envelope.lookupName();
        if (envelope.built && first.order() >= envelope.sharedIdsBeforeConfig) {
            // The id was recorded while this envelope's own config was being read: it contains itself.
            throw EnvelopeErrors.sharedIdCycle(p, envelope.declared, envelope.sharedId, name);
        }
        if (first.value() != envelope.value) {
            Class<?> named = envelope.built ? envelope.value.getClass()
                    : targetClass(names.resolve(p, ctxt, envelope.declared, name));
            if (named != first.value().getClass()) {
                throw EnvelopeErrors.sharedIdReused(p, envelope.declared, envelope.sharedId, first.value(), name);
            }
        }
        return NameResolver.checkInstance(p, envelope.declared, name, first.value());
    }

    private static Class<?> targetClass(Object target) {
        return (target instanceof Class<?> type) ? type : target.getClass();
    }

    /** The objects with ids read so far in the current read call, created on first use. */
    private static Reads forRead(DeserializationContext ctxt) {
        Reads reads = (Reads) ctxt.getAttribute(READ_KEY);
        if (reads == null) {
            reads = new Reads();
            ctxt.setAttribute(READ_KEY, reads);
        }
        return reads;
    }

    /** The objects of one read, by id. */
    private static final class Reads {

        private final Map<Long, Recorded> byId = new HashMap<>();
    }

    /**
     * An object read under an id.
     * @param value the object
     * @param order how many ids had been recorded before it
     */
    private record Recorded(Object value, int order) {
    }
}
