package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationContext;

/**
 * Keras's {@code shared_object_id}: one instance referenced from several places of a config.
 *
 * <p>On read, the first object seen with an id is remembered for the rest of that read, and later
 * envelopes with the same id yield that same instance. On write, {@link RegistrySerializer} makes a
 * counting pass; only if some instance occurred twice does it write again, giving those instances ids.
 */
final class SharedObjects {

    /** The per-read attribute that holds the objects seen so far. */
    private static final Object READ_KEY = SharedObjects.class.getName() + ".read";

    /** The per-write attribute that holds a {@link Writes}. */
    static final Object WRITE_KEY = SharedObjects.class.getName() + ".write";

    private SharedObjects() {
    }

    /** The objects with ids read so far in the current read call, created on first use. */
    static Reads forRead(DeserializationContext ctxt) {
        Reads reads = (Reads) ctxt.getAttribute(READ_KEY);
        if (reads == null) {
            reads = new Reads();
            ctxt.setAttribute(READ_KEY, reads);
        }
        return reads;
    }

    /** How many ids the current read has recorded so far; 0 before the first. */
    static int recordedSoFar(DeserializationContext ctxt) {
        Reads reads = (Reads) ctxt.getAttribute(READ_KEY);
        return (reads != null) ? reads.byId.size() : 0;
    }

    /** The objects of one read, by id, each with the order in which it was recorded. */
    static final class Reads {

        private final Map<Long, Recorded> byId = new HashMap<>();

        Recorded get(long id) {
            return this.byId.get(id);
        }

        boolean contains(long id) {
            return this.byId.containsKey(id);
        }

        void record(long id, Object value) {
            this.byId.put(id, new Recorded(value, this.byId.size()));
        }
    }

    /**
     * An object read under an id.
     * @param value the object
     * @param order how many ids had been recorded before it
     */
    record Recorded(Object value, int order) {
    }

    /** Tracks the registered objects of one write, by identity. */
    static final class Writes {

        private final Map<Object, Integer> counts = new IdentityHashMap<>();

        private final List<Object> encounterOrder = new ArrayList<>();

        private Map<Object, Long> ids;

        /** Counts {@code value} during the first pass; returns its id during the second, or {@code null}. */
        Long idFor(Object value) {
            if (this.ids != null) {
                return this.ids.get(value);
            }
            if (this.counts.merge(value, 1, Integer::sum) == 1) {
                this.encounterOrder.add(value);
            }
            return null;
        }

        /** Ends the counting pass; returns whether any instance occurred more than once. */
        boolean assignIds() {
            this.ids = new IdentityHashMap<>();
            for (Object value : this.encounterOrder) {
                if (this.counts.get(value) > 1) {
                    this.ids.put(value, (long) this.ids.size());
                }
            }
            return !this.ids.isEmpty();
        }
    }
}
