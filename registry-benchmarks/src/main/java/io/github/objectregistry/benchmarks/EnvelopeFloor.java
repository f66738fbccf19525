package io.github.objectregistry.benchmarks;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A diagnostic, not a product: the least work any reader of the envelope format can do with Jackson's parser and
 * Jackson's binding of the configs, written by hand for the benchmark's three shapes. It has no registry, no
 * scopes, no versions, no limits and no error messages: it reads the keys, keeps {@code class_name} and
 * {@code registered_name} (a reader must know them), skips {@code module}, and binds {@code config} with the
 * record's own deserializer, buffering it only when it arrives before the names. Its speed against the flat
 * stock documents is the ceiling of what the envelope's format allows, so a goal above it cannot be met by any
 * implementation that binds configs through Jackson.
 */
final class EnvelopeFloor extends ValueDeserializer<Shapes.Shape> {

    private static final Map<String, Class<?>> TYPES = Map.of("bench>Circle", Shapes.Circle.class, "bench>Rect",
            Shapes.Rect.class, "bench>Label", Shapes.Label.class);

    /** Not thread-safe: each benchmark thread reads through its own mapper. */
    private final Map<String, ValueDeserializer<Object>> deserializers = new HashMap<>();

    /** A mapper reading {@link Shapes.Shape} with this floor reader. */
    static JsonMapper mapper() {
        return JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(Shapes.Shape.class, new EnvelopeFloor()))
            .build();
    }

    @Override
    public Shapes.Shape deserialize(JsonParser p, DeserializationContext ctxt) {
        String className = null;
        String registeredName = null;
        TokenBuffer config = null;
        Object value = null;
        for (String key = p.nextName(); key != null; key = p.nextName()) {
            p.nextToken();
            switch (key) {
                case "class_name" -> className = p.getString();
                case "registered_name" -> registeredName = p.getString();
                case "config" -> {
                    if (registeredName != null || className != null) {
                        value = deserializer(ctxt, registeredName, className).deserialize(p, ctxt);
                    }
                    else {
                        config = ctxt.bufferAsCopyOfValue(p);
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (config != null) {
            try (JsonParser buffered = config.asParser(ctxt, p)) {
                buffered.nextToken();
                value = deserializer(ctxt, registeredName, className).deserialize(buffered, ctxt);
            }
        }
        return (Shapes.Shape) value;
    }

    private ValueDeserializer<Object> deserializer(DeserializationContext ctxt, String registeredName,
            String className) {
        return this.deserializers.computeIfAbsent((registeredName != null) ? registeredName : "bench>" + className,
                (name) -> ctxt.findRootValueDeserializer(ctxt.constructType(TYPES.get(name))));
    }
}
