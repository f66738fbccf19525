package io.github.objectregistry.json;

import java.util.Iterator;
import java.util.Set;

import io.github.objectregistry.Configurable;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.UnrolledBeanSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.ser.impl.PropertySerializerMap;
import tools.jackson.databind.ser.impl.UnknownSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Puts envelope writers where they belong, after every other module has had its say.
 * <ul>
 * <li>Classes that are registered, or whose instances are, are written as envelopes, around whatever
 * serializer they have, which writes the config.</li>
 * <li>An unregistered class that Jackson would write as a bean, and that implements the head of a registry
 * family ({@link BaseTypes#familyOf}), gets the same envelope writer, which refuses its unregistered values:
 * as plain JSON they could not be read back as that base type. Which family a class belongs to is decided
 * once, here, so a registered class pays nothing for it when written.</li>
 * <li>The head of a family that Jackson types statically, as {@code writerFor(new TypeReference<List<Layer>>()
 * {})} does for the elements, is written by each value's runtime class, so a registered object still becomes
 * an envelope rather than the base type's {@code {}}. Only Jackson's own serializers for it are replaced,
 * never one that another module supplied, and a type that heads no family is written as without the
 * module.</li>
 * </ul>
 */
final class EnvelopeSerializers extends ValueSerializerModifier {

    private static final long serialVersionUID = 1L;

    /** What Jackson itself builds for a bean, interface or abstract class: a bean serializer, or "unknown". */
    private static final Set<Class<?>> JACKSON_DEFAULTS = Set.of(BeanSerializer.class, UnrolledBeanSerializer.class,
            UnknownSerializer.class);

    private final transient ObjectRegistry registry;

    private final transient BaseTypes baseTypes;

    private final boolean writeModule;

    EnvelopeSerializers(ObjectRegistry registry, BaseTypes baseTypes, boolean writeModule) {
        this.registry = registry;
        this.baseTypes = baseTypes;
        this.writeModule = writeModule;
    }

    @Override
    public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
            ValueSerializer<?> serializer) {
        Class<?> type = description.getBeanClass();
        if (serializer instanceof EnvelopeSerializer || serializer instanceof RuntimeTypeSerializer) {
            return serializer;
        }
        boolean jacksonDefault = JACKSON_DEFAULTS.contains(serializer.getClass());
        if (jacksonDefault && this.baseTypes.isFamily(description.getType(), description)) {
            return new RuntimeTypeSerializer(type);
        }
        Class<?> family = jacksonDefault ? this.baseTypes.familyOf(type, config) : null;
        if (family != null || this.registry.isRegistered(type) || hasRegisteredInstance(type)) {
            return new EnvelopeSerializer(this.registry, type, serializer,
                    mayHoldRegisteredObjects(type, description, serializer), family, this.writeModule);
        }
        return serializer;
    }

    /**
     * Whether a registered class's config may hold registered objects: anything but a Jackson bean whose
     * properties are all scalars (primitives, enums, final JDK value types such as {@code String}).
     */
    private static boolean mayHoldRegisteredObjects(Class<?> type, BeanDescription.Supplier description,
            ValueSerializer<?> serializer) {
        if (Configurable.class.isAssignableFrom(type) || !(serializer instanceof BeanSerializerBase)
                || description.get().findAnyGetter() != null) {
            return true;
        }
        for (Iterator<PropertyWriter> properties = serializer.properties(); properties.hasNext();) {
            if (!isScalar(properties.next().getType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScalar(JavaType type) {
        return type.isPrimitive() || type.isEnumType() || (type.isFinal() && !type.isContainerType()
                && !type.isReferenceType() && type.getRawClass().getName().startsWith("java."));
    }

    private boolean hasRegisteredInstance(Class<?> type) {
        return this.registry.getRegistrations().stream()
            .anyMatch((registration) -> registration.kind() == Registration.Kind.INSTANCE
                    && registration.targetType() == type);
    }

    /**
     * Writes a value through the serializer of its runtime class, remembering the last few classes' serializers
     * as Jackson's own collection serializer does ({@link PropertySerializerMap}), rather than asking the
     * context for each value.
     */
    private static final class RuntimeTypeSerializer extends StdSerializer<Object> {

        /** Replaced, never changed, so a thread that reads an older map only looks a serializer up again. */
        private PropertySerializerMap serializers = PropertySerializerMap.emptyForProperties();

        RuntimeTypeSerializer(Class<?> baseType) {
            super(baseType, false);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            Class<?> type = value.getClass();
            PropertySerializerMap known = this.serializers;
            ValueSerializer<Object> serializer = known.serializerFor(type);
            if (serializer == null) {
                serializer = ctxt.findValueSerializer(type);
                this.serializers = known.newWith(type, serializer);
            }
            serializer.serialize(value, gen, ctxt);
        }
    }
}
