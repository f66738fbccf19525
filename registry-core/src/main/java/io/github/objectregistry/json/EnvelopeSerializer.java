package io.github.objectregistry.json;

import io.github.objectregistry.Configurable;
import io.github.objectregistry.ObjectRegistry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes registered objects as Keras 3 envelopes: a registered class as
 * {@code {"class_name", "module", "registered_name", "config"}}, a registered instance as Keras's function
 * shape. {@code class_name} comes first and the names come before {@code config}, so a reader never has to
 * buffer our own output. Anything no longer registered falls back to the default serializer.
 */
final class EnvelopeSerializer extends StdSerializer<Object> {

    private final ObjectRegistry registry;

    private final ValueSerializer<Object> delegate;

    @SuppressWarnings("unchecked")
    EnvelopeSerializer(ObjectRegistry registry, Class<?> type, ValueSerializer<?> delegate) {
        super(type, false);
        this.registry = registry;
        this.delegate = (ValueSerializer<Object>) delegate;
    }

    @Override
    public void resolve(SerializationContext ctxt) {
        this.delegate.resolve(ctxt);
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
        ValueSerializer<?> contextual = ctxt.handleSecondaryContextualization(this.delegate, property);
        return (contextual == this.delegate) ? this : new EnvelopeSerializer(this.registry, handledType(), contextual);
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Object value) {
        return false;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
        String instanceName = this.registry.findRegisteredName(value);
        if (instanceName != null) {
            writeFunction(instanceName, value, gen);
            return;
        }
        Class<?> type = value.getClass();
        String name = this.registry.findRegisteredName(type);
        if (name == null) {
            this.delegate.serialize(value, gen, ctxt);
            return;
        }
        gen.writeStartObject(value);
        gen.writeStringProperty(Envelope.CLASS_NAME, type.getSimpleName());
        gen.writeStringProperty(Envelope.MODULE, type.getPackageName());
        gen.writeStringProperty(Envelope.REGISTERED_NAME, name);
        Long sharedId = sharedId(value, ctxt);
        if (sharedId != null) {
            gen.writeNumberProperty(Envelope.SHARED_OBJECT_ID, sharedId);
        }
        gen.writeName(Envelope.CONFIG);
        if (value instanceof Configurable configurable) {
            ctxt.writeValue(gen, configurable.getConfig());
        }
        else {
            this.delegate.serialize(value, gen, ctxt);
        }
        gen.writeEndObject();
    }

    /** Registered objects carry their own type in the envelope, so any outer type id is not written. */
    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt,
            TypeSerializer typeSerializer) {
        if (this.registry.isRegistered(value) || this.registry.isRegistered(value.getClass())) {
            serialize(value, gen, ctxt);
        }
        else {
            this.delegate.serializeWithType(value, gen, ctxt, typeSerializer);
        }
    }

    private static void writeFunction(String name, Object value, JsonGenerator gen) {
        gen.writeStartObject(value);
        gen.writeStringProperty(Envelope.CLASS_NAME, Envelope.FUNCTION);
        gen.writeStringProperty(Envelope.MODULE, Envelope.FUNCTION_MODULE);
        gen.writeStringProperty(Envelope.REGISTERED_NAME, Envelope.FUNCTION);
        gen.writeStringProperty(Envelope.CONFIG, name);
        gen.writeEndObject();
    }

    private static Long sharedId(Object value, SerializationContext ctxt) {
        Object writes = ctxt.getAttribute(SharedObjects.WRITE_KEY);
        return (writes instanceof SharedObjects.Writes tracker) ? tracker.idFor(value) : null;
    }
}
