package io.github.objectregistry.benchmarks;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A diagnostic, not a product: the least work any writer of the envelope format can do with Jackson's generator
 * and Jackson's serializers for the configs, written by hand for the benchmark's three shapes. Every key and
 * name is pre-encoded per class, and nothing is asked of a registry: it writes {@code class_name},
 * {@code registered_name}, {@code module} and then the record's own bean serializer's output as {@code config},
 * the same keys and values our module writes. Its speed against the flat and the stock envelope documents is
 * the ceiling of what the format allows for writing.
 */
final class EnvelopeWriteFloor extends StdSerializer<Object> {

    private static final Map<Class<?>, String> NAMES = Map.of(Shapes.Circle.class, "bench>Circle",
            Shapes.Rect.class, "bench>Rect", Shapes.Label.class, "bench>Label");

    private static final SerializableString CLASS_NAME = new SerializedString("class_name");

    private static final SerializableString REGISTERED_NAME = new SerializedString("registered_name");

    private static final SerializableString MODULE = new SerializedString("module");

    private static final SerializableString CONFIG = new SerializedString("config");

    private final ValueSerializer<Object> config;

    private final SerializableString className;

    private final SerializableString registeredName;

    private final SerializableString module;

    @SuppressWarnings("unchecked")
    private EnvelopeWriteFloor(Class<?> type, ValueSerializer<?> config) {
        super(Object.class);
        this.config = (ValueSerializer<Object>) config;
        this.className = new SerializedString(type.getSimpleName());
        this.registeredName = new SerializedString(NAMES.get(type));
        this.module = new SerializedString(type.getPackageName());
    }

    /** A mapper writing the three shapes as envelopes with this floor writer. */
    static JsonMapper mapper() {
        return JsonMapper.builder().addModule(new SimpleModule().setSerializerModifier(new ValueSerializerModifier() {

            @Override
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
                    ValueSerializer<?> serializer) {
                Class<?> type = description.getBeanClass();
                if (type == Shapes.Shape.class) {
                    return new RuntimeType();
                }
                return NAMES.containsKey(type) ? new EnvelopeWriteFloor(type, serializer) : serializer;
            }
        })).build();
    }

    /**
     * What a value declared as the interface needs: Jackson writes a {@code List<Shape>}'s elements with the
     * interface's serializer, so this one finds the runtime class's, as any envelope writer must.
     */
    private static final class RuntimeType extends StdSerializer<Object> {

        /** Not thread-safe: each benchmark thread writes through its own mapper. */
        private final Map<Class<?>, ValueSerializer<Object>> serializers = new HashMap<>();

        RuntimeType() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            this.serializers.computeIfAbsent(value.getClass(), ctxt::findValueSerializer).serialize(value, gen, ctxt);
        }
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject(value);
        gen.writeName(CLASS_NAME);
        gen.writeString(this.className);
        gen.writeName(REGISTERED_NAME);
        gen.writeString(this.registeredName);
        gen.writeName(MODULE);
        gen.writeString(this.module);
        gen.writeName(CONFIG);
        this.config.serialize(value, gen, ctxt);
        gen.writeEndObject();
    }
}
