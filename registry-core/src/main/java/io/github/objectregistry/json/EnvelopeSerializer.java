package io.github.objectregistry.json;

import io.github.objectregistry.ConfigMigrations;
import io.github.objectregistry.Configurable;
import io.github.objectregistry.ObjectRegistry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes registered objects as Keras 3 envelopes: a registered class as
 * {@code {"class_name", "registered_name", "module", "config"}}, with {@code "config_version"} before the config
 * when its class is past version 1, a registered instance as Keras's function
 * shape. {@code class_name} comes first and {@code registered_name} before the rest, so a reader of our own
 * output never buffers the config and never decodes {@code module}. An unregistered value of a class in a
 * registry family is refused, since it could not be read back; any other unregistered value falls back to the
 * default serializer. The outermost registered object of a write that may hold others is written through
 * {@link SharedObjectWrites}, so that repeated instances get a {@code shared_object_id}.
 */
final class EnvelopeSerializer extends StdSerializer<Object> {

    private final ObjectRegistry registry;

    private final ValueSerializer<Object> delegate;

    /** The {@code class_name} and {@code module} of the class this serializer was made for, encoded once. */
    private final SerializableString className;

    /** The class's {@code module}, encoded once; {@code null} when the module is told not to write {@code module}. */
    private final SerializableString module;

    /**
     * The class's registered name as last written, encoded once; the name is still asked of the registry for
     * every value (a registration may change), and re-encoded only when it differs from this one.
     */
    private SerializableString registeredName;

    /** The config version of the class this serializer was made for. */
    private final int version;

    /**
     * Whether the config may hold registered objects, which may repeat. When it cannot (all its properties
     * are scalars), an outermost envelope is written straight out, with no buffer.
     */
    private final boolean mayHoldRegisteredObjects;

    /** The head of the registry family the class belongs to, or {@code null}: then unregistered values are plain. */
    private final Class<?> family;

    @SuppressWarnings("unchecked")
    EnvelopeSerializer(ObjectRegistry registry, Class<?> type, ValueSerializer<?> delegate,
            boolean mayHoldRegisteredObjects, Class<?> family, boolean writeModule) {
        super(type, false);
        this.registry = registry;
        this.delegate = (ValueSerializer<Object>) delegate;
        this.mayHoldRegisteredObjects = mayHoldRegisteredObjects;
        this.family = family;
        this.className = new SerializedString(type.getSimpleName());
        this.module = writeModule ? new SerializedString(type.getPackageName()) : null;
        this.version = ConfigMigrations.of(type).version();
    }

    @Override
    public void resolve(SerializationContext ctxt) {
        this.delegate.resolve(ctxt);
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
        ValueSerializer<?> contextual = ctxt.handleSecondaryContextualization(this.delegate, property);
        return (contextual == this.delegate) ? this
                : new EnvelopeSerializer(this.registry, handledType(), contextual, this.mayHoldRegisteredObjects,
                        this.family, this.module != null);
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
            if (this.family != null) {
                throw unregisteredMember(gen, ctxt, type);
            }
            this.delegate.serialize(value, gen, ctxt);
            return;
        }
        SharedObjectWrites writes = SharedObjectWrites.current(ctxt);
        if (writes == null && this.mayHoldRegisteredObjects) {
            SharedObjectWrites.write(gen, ctxt, (buffer) -> serialize(value, buffer, ctxt));
            return;
        }
        boolean ownType = (type == handledType());
        gen.writeStartObject(value);
        gen.writeName(Envelope.CLASS_NAME_KEY);
        gen.writeString(ownType ? this.className : new SerializedString(type.getSimpleName()));
        gen.writeName(Envelope.REGISTERED_NAME_KEY);
        gen.writeString(ownType ? encodedName(name) : new SerializedString(name));
        if (this.module != null) {
            gen.writeName(Envelope.MODULE_KEY);
            gen.writeString(ownType ? this.module : new SerializedString(type.getPackageName()));
        }
        if (writes != null) {
            writes.writeSlot(gen, value);
        }
        int version = ownType ? this.version : ConfigMigrations.of(type).version();
        if (version > 1) {
            // Before the config, so that a reader knows the version when the config arrives and streams it.
            gen.writeName(Envelope.CONFIG_VERSION_KEY);
            gen.writeNumber(version);
        }
        gen.writeName(Envelope.CONFIG_KEY);
        if (value instanceof Configurable configurable) {
            ctxt.writeValue(gen, configurable.getConfig());
        }
        else {
            this.delegate.serialize(value, gen, ctxt);
        }
        gen.writeEndObject();
    }

    /**
     * The registered name of the class this serializer was made for, encoded: unless the registry renamed it,
     * the encoding of the last write, reused. Written without a lock: a thread that misses another's update
     * encodes the name again, and a {@link SerializedString} is safe to share.
     */
    private SerializableString encodedName(String name) {
        SerializableString encoded = this.registeredName;
        if (encoded == null || !encoded.getValue().equals(name)) {
            encoded = new SerializedString(name);
            this.registeredName = encoded;
        }
        return encoded;
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

    /**
     * Writing would succeed, as plain JSON, but reading it back as the family's base type would not, since
     * that type is read only from envelopes: refused here, when the mistake is made, rather than at the read.
     */
    private InvalidDefinitionException unregisteredMember(JsonGenerator gen, SerializationContext ctxt,
            Class<?> type) {
        String base = this.family.getName();
        return InvalidDefinitionException.from(gen, "Cannot write " + type.getName() + ": it is a "
                + base + ", whose values are written as envelopes, but neither the class nor this instance is "
                + "registered, so it would be written as plain JSON that could not be read back as a " + base
                + ". To write it, register it with @RegisterSerializable(...) or ObjectRegistry.register. (A name "
                + "that only an open scope gives does not count: scopes decide how names read, never what is "
                + "written.)",
                ctxt.constructType(type));
    }

    private static void writeFunction(String name, Object value, JsonGenerator gen) {
        gen.writeStartObject(value);
        gen.writeStringProperty(Envelope.CLASS_NAME, Envelope.FUNCTION);
        gen.writeStringProperty(Envelope.REGISTERED_NAME, Envelope.FUNCTION);
        gen.writeStringProperty(Envelope.MODULE, Envelope.FUNCTION_MODULE);
        gen.writeStringProperty(Envelope.CONFIG, name);
        gen.writeEndObject();
    }
}
