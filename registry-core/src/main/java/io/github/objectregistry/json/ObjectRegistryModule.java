package io.github.objectregistry.json;

import java.lang.reflect.Modifier;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that reads and writes Keras 3 envelopes, resolving names only through an
 * {@link ObjectRegistry}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(registry)).build();
 * Layer layer = mapper.readValue(json, Layer.class);   // {"class_name": ..., "config": {...}, ...}
 * }</pre>
 *
 * <h2>Where it applies</h2>
 * <ul>
 * <li>Reading: declared types that are interfaces or abstract classes of the application (not JDK or Jackson
 * types, and not types with their own {@code @JsonTypeInfo} or {@code @JsonDeserialize}), and registered
 * concrete classes. No annotation is needed on the base type.</li>
 * <li>Writing: values whose class is registered, or which are themselves registered instances, also where
 * Jackson types them statically by an interface or abstract class it reads envelopes for.</li>
 * </ul>
 * The name is resolved on every read, so {@link io.github.objectregistry.CustomObjectScope scopes} work on a
 * shared mapper; only class to deserializer is cached. Whether a concrete class or a written value's class is
 * registered is decided when the mapper first meets that class, so register before the first read or write
 * (the Spring Boot starter registers everything at startup).
 *
 * <p>To add objects for a single read, pass a map as the {@link #CUSTOM_OBJECTS_ATTRIBUTE} attribute:
 * {@code mapper.readerFor(Layer.class).withAttribute(CUSTOM_OBJECTS_ATTRIBUTE, Map.of(...))}. Its entries have
 * the lowest precedence.
 */
public class ObjectRegistryModule extends JacksonModule {

    /** The reader attribute holding a {@code Map<String, ?>} of custom objects for one read. */
    public static final String CUSTOM_OBJECTS_ATTRIBUTE = "io.github.objectregistry.customObjects";

    private final ObjectRegistry registry;

    /**
     * Creates a module that resolves names through the given registry.
     * @param registry the registry, and the scopes open on it
     */
    public ObjectRegistryModule(ObjectRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The registry this module resolves names through. */
    public ObjectRegistry getRegistry() {
        return this.registry;
    }

    @Override
    public String getModuleName() {
        return "object-registry";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new AbstractTypeDeserializers(this.registry));
        context.addDeserializerModifier(new RegisteredClassDeserializers(this.registry));
        context.addSerializerModifier(new RegisteredObjectSerializers(this.registry));
        context.addSerializers(new AbstractTypeSerializers());
    }

    /** Whether the module reads an envelope for this interface or abstract class. */
    static boolean isEnvelopeBaseType(JavaType type, BeanDescription.Supplier description) {
        Class<?> raw = type.getRawClass();
        if (!(raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) || raw.isArray() || raw.isPrimitive()
                || type.isContainerType() || type.isReferenceType() || isPlatformType(raw)) {
            return false;
        }
        // A type that configures its own polymorphism or deserializer keeps it.
        return !description.getClassAnnotations().has(JsonTypeInfo.class)
                && !description.getClassAnnotations().has(JsonDeserialize.class);
    }

    private static boolean isPlatformType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.") || name.startsWith("tools.jackson.")
                || name.startsWith("com.fasterxml.jackson.") || name.startsWith("kotlin.")
                || name.startsWith("scala.");
    }

    /** Interfaces and abstract classes: nothing to delegate to, the envelope names the concrete class. */
    private static final class AbstractTypeDeserializers implements Deserializers {

        private final ObjectRegistry registry;

        AbstractTypeDeserializers(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier description) {
            return isEnvelopeBaseType(type, description) ? new EnvelopeDeserializer(this.registry, type, null) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return false;
        }
    }

    /**
     * Interfaces and abstract classes, when Jackson types a value statically by its declared type (as
     * {@code writerFor(new TypeReference<List<Layer>>() {})} does for the elements): write the value by its
     * runtime class, so a registered object still becomes an envelope rather than the base type's {@code {}}.
     */
    private static final class AbstractTypeSerializers implements Serializers {

        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                BeanDescription.Supplier description, JsonFormat.Value formatOverrides) {
            return isEnvelopeBaseType(type, description) ? new RuntimeTypeSerializer(type.getRawClass()) : null;
        }
    }

    /** Writes a value through the serializer of its runtime class. */
    private static final class RuntimeTypeSerializer extends StdSerializer<Object> {

        RuntimeTypeSerializer(Class<?> baseType) {
            super(baseType, false);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            ctxt.findValueSerializer(value.getClass()).serialize(value, gen, ctxt);
        }
    }

    /** Registered concrete classes: the envelope wraps the default deserializer, which reads the config. */
    private static final class RegisteredClassDeserializers extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        private final transient ObjectRegistry registry;

        RegisteredClassDeserializers(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            if (deserializer instanceof EnvelopeDeserializer || !this.registry.isRegistered(description.getBeanClass())) {
                return deserializer;
            }
            return new EnvelopeDeserializer(this.registry, description.getType(), deserializer);
        }
    }

    /** Classes that are registered, or whose instances are: written as envelopes. */
    private static final class RegisteredObjectSerializers extends ValueSerializerModifier {

        private static final long serialVersionUID = 1L;

        private final transient ObjectRegistry registry;

        RegisteredObjectSerializers(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
                ValueSerializer<?> serializer) {
            Class<?> type = description.getBeanClass();
            if (serializer instanceof EnvelopeSerializer || !(this.registry.isRegistered(type) || hasRegisteredInstance(type))) {
                return serializer;
            }
            return new EnvelopeSerializer(this.registry, type, serializer);
        }

        private boolean hasRegisteredInstance(Class<?> type) {
            return this.registry.getRegistrations().stream()
                .anyMatch((registration) -> registration.kind() == Registration.Kind.INSTANCE
                        && registration.targetType() == type);
        }
    }
}
