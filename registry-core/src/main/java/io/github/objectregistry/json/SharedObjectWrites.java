package io.github.objectregistry.json;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Keras's {@code shared_object_id} on write: an instance of a registered class written twice in one write
 * carries the same id in both places. Which instances repeat is known only once the whole value is written,
 * so a value that may contain registered objects is written into a buffer first, each envelope leaving a slot
 * for its id; the buffer is then copied to the output, with an id in the slots of repeated instances and
 * nothing in the others. Ids count from 0 in the order the instances first appear.
 *
 * <p>The value written this way is the outermost registered object of a write (in any mapper with
 * {@link ObjectRegistryModule}), or the whole document for {@link RegistrySerializer}.
 */
final class SharedObjectWrites {

    /** The per-write attribute that holds the {@link SharedObjectWrites} of the value being buffered. */
    private static final Object KEY = SharedObjectWrites.class.getName();

    private final Map<Object, Integer> counts = new IdentityHashMap<>();

    private final Map<Object, Long> ids = new IdentityHashMap<>();

    private SharedObjectWrites() {
    }

    /** The shared objects of the value being buffered, or {@code null} outside such a value. */
    static SharedObjectWrites current(SerializationContext ctxt) {
        return (SharedObjectWrites) ctxt.getAttribute(KEY);
    }

    /** Writes a value through {@code body} into a buffer, then to {@code gen} with the ids of repeated instances. */
    static void write(JsonGenerator gen, SerializationContext ctxt, Consumer<JsonGenerator> body) {
        SharedObjectWrites writes = new SharedObjectWrites();
        TokenBuffer buffer = ctxt.bufferForValueConversion();
        ctxt.setAttribute(KEY, writes);
        try {
            body.accept(buffer);
        }
        finally {
            ctxt.setAttribute(KEY, null);
        }
        writes.copy(buffer, gen);
    }

    /** Counts an envelope's instance and leaves the slot for its id, where the envelope's id belongs. */
    void writeSlot(JsonGenerator buffer, Object value) {
        this.counts.merge(value, 1, Integer::sum);
        buffer.writeName(Envelope.SHARED_OBJECT_ID_KEY);
        // Embedded as it is: writePOJO would serialize the slot right away.
        buffer.writeEmbeddedObject(new Slot(value));
    }

    private void copy(TokenBuffer buffer, JsonGenerator gen) {
        try (JsonParser p = buffer.asParser(ObjectReadContext.empty())) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && Envelope.SHARED_OBJECT_ID.equals(p.currentName())) {
                    p.nextToken();
                    if (p.getEmbeddedObject() instanceof Slot slot) {
                        writeId(slot.value(), gen);
                        continue;
                    }
                    // A property of some config that happens to have that name: copied like any other.
                    gen.writeName(Envelope.SHARED_OBJECT_ID_KEY);
                }
                gen.copyCurrentEventExact(p);
            }
        }
    }

    private void writeId(Object value, JsonGenerator gen) {
        if (this.counts.get(value) < 2) {
            return;
        }
        Long id = this.ids.get(value);
        if (id == null) {
            id = (long) this.ids.size();
            this.ids.put(value, id);
        }
        gen.writeName(Envelope.SHARED_OBJECT_ID_KEY);
        gen.writeNumber(id);
    }

    /** Where the id of an envelope's instance goes, if the instance turns out to repeat. */
    private record Slot(Object value) {
    }

    /**
     * A whole document written as one value, so that instances repeated anywhere in it share ids; what
     * {@link RegistrySerializer} writes.
     */
    @JsonSerialize(using = DocumentSerializer.class)
    record Document(Object value) {
    }

    /** Writes a {@link Document}'s value through a buffer. */
    static final class DocumentSerializer extends StdSerializer<Document> {

        DocumentSerializer() {
            super(Document.class);
        }

        @Override
        public void serialize(Document document, JsonGenerator gen, SerializationContext ctxt) {
            write(gen, ctxt, (buffer) -> ctxt.writeValue(buffer, document.value()));
        }
    }
}
