package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.Configurable;
import tools.jackson.core.JacksonException;
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
        Map<String, Object> config = (Map<String, Object>) toJava(ctxt.readTree(p), ctxt, type);
        try {
            return Configurable.rebuild(type.asSubclass(Configurable.class), config);
        }
        catch (RuntimeException ex) {
            throw ctxt.instantiationException(type, ex);
        }
    }

    /**
     * Converts a node; an error in a nested envelope gets the path to it, since a tree carries no location.
     * @param owner the class whose config, map or list the node's children belong to, as the path names it
     */
    private Object toJava(JsonNode node, DeserializationContext ctxt, Class<?> owner) {
        if (node.isObject()) {
            if (node.has(Envelope.CLASS_NAME) && node.has(Envelope.CONFIG)) {
                try (JsonParser nested = node.traverse(ctxt)) {
                    nested.nextToken();
                    return this.envelopes.readEnvelope(nested, ctxt, ctxt.constructType(Object.class));
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach((property) -> {
                try {
                    map.put(property.getKey(), toJava(property.getValue(), ctxt, Map.class));
                }
                catch (JacksonException ex) {
                    throw ex.prependPath(owner, property.getKey());
                }
            });
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node.values()) {
                try {
                    list.add(toJava(element, ctxt, List.class));
                }
                catch (JacksonException ex) {
                    throw ex.prependPath(owner, list.size());
                }
            }
            return list;
        }
        return ctxt.readTreeAsValue(node, Object.class);
    }
}
