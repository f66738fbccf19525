package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.Configurable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds a {@link Configurable} from its config: {@code fromConfig} takes a map of plain Java values rather
 * than typed fields, so the config is read as a tree and turned into maps, lists and scalars, with nested
 * envelopes rebuilt as the objects they hold.
 */
final class ConfigurableReader {

    private final EnvelopeDeserializer envelopes;

    ConfigurableReader(EnvelopeDeserializer envelopes) {
        this.envelopes = envelopes;
    }

    /** Reads the config at the parser's current token and rebuilds {@code type} from it. */
    Object rebuild(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) toJava(ctxt.readTree(p), ctxt);
        try {
            return Configurable.rebuild(type.asSubclass(Configurable.class), config);
        }
        catch (RuntimeException ex) {
            throw ctxt.instantiationException(type, ex);
        }
    }

    private Object toJava(JsonNode node, DeserializationContext ctxt) {
        if (node.isObject()) {
            if (node.has(Envelope.CLASS_NAME) && node.has(Envelope.CONFIG)) {
                try (JsonParser nested = node.traverse(ctxt)) {
                    nested.nextToken();
                    return this.envelopes.readEnvelope(nested, ctxt, ctxt.constructType(Object.class));
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach((property) -> map.put(property.getKey(), toJava(property.getValue(), ctxt)));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.values().forEach((element) -> list.add(toJava(element, ctxt)));
            return list;
        }
        return ctxt.readTreeAsValue(node, Object.class);
    }
}
