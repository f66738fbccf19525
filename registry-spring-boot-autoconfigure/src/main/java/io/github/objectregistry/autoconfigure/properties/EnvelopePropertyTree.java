package io.github.objectregistry.autoconfigure.properties;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the properties under one name ({@code app.rule.class-name}, {@code app.rule.config.percent}, ...) into
 * the JSON envelope they spell, so that the registry reads it exactly as it reads a stored document.
 *
 * <p>The envelope's own keys are relaxed: {@code class-name}, {@code className} and {@code class_name} are all
 * {@code class_name}; likewise {@code registered-name} and {@code config-version}. Keys inside {@code config}
 * keep their spelling, except that a kebab-case key becomes camelCase ({@code max-value} is {@code maxValue}),
 * since Java properties are camelCase. Indexed keys ({@code layers[0]}) become arrays. Sources are consulted in
 * precedence order, so a value from a higher source wins, as it does for any other property.
 */
final class EnvelopePropertyTree {

    private static final Map<String, String> ENVELOPE_KEYS = Map.of("classname", "class_name", "registeredname",
            "registered_name", "module", "module", "config", "config", "configversion", "config_version",
            "sharedobjectid", "shared_object_id");

    /** Envelope keys whose values are whole numbers, which a properties file can only write as text. */
    private static final Set<String> NUMBER_KEYS = Set.of("config_version", "shared_object_id");

    private EnvelopePropertyTree() {
    }

    /**
     * The envelope under the given name, or {@code null} when no source has a property below it.
     * @param root the name of the property being bound
     * @param sources the binder's sources, highest precedence first
     * @return the envelope as a JSON tree
     */
    static ObjectNode read(ConfigurationPropertyName root, Iterable<ConfigurationPropertySource> sources) {
        ObjectNode envelope = null;
        for (ConfigurationPropertySource source : sources) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            for (ConfigurationPropertyName name : (Iterable<ConfigurationPropertyName>) iterable.stream()
                .filter(root::isAncestorOf)::iterator) {
                envelope = (envelope != null) ? envelope : JsonNodeFactory.instance.objectNode();
                ConfigurationProperty property = iterable.getConfigurationProperty(name);
                if (property != null) {
                    put(envelope, root.getNumberOfElements(), name, property.getValue());
                }
            }
        }
        if (envelope != null && !envelope.has("class_name") && envelope.path("registered_name").isString()) {
            // Configuration may name only the registered name; the envelope's class_name is its last part.
            String registered = envelope.get("registered_name").asString();
            envelope.put("class_name", registered.substring(registered.lastIndexOf('>') + 1));
        }
        return envelope;
    }

    private static void put(ObjectNode envelope, int start, ConfigurationPropertyName name, Object value) {
        JsonNode node = envelope;
        int last = name.getNumberOfElements() - 1;
        for (int i = start; i <= last; i++) {
            boolean leaf = i == last;
            boolean nextIndexed = !leaf && name.isNumericIndex(i + 1);
            if (node instanceof ArrayNode array) {
                int index = Integer.parseInt(name.getElement(i, Form.UNIFORM));
                while (array.size() <= index) {
                    array.addNull();
                }
                if (leaf) {
                    if (array.get(index).isNull()) {
                        array.set(index, valueNode(value));
                    }
                    return;
                }
                if (array.get(index).isNull()) {
                    array.set(index, nextIndexed ? array.arrayNode() : array.objectNode());
                }
                node = array.get(index);
            }
            else {
                ObjectNode object = (ObjectNode) node;
                String key = key(name, i);
                if (leaf) {
                    if (!object.has(key)) {
                        object.set(key, NUMBER_KEYS.contains(key) ? wholeNumber(value) : valueNode(value));
                    }
                    return;
                }
                if (!object.has(key)) {
                    object.set(key, nextIndexed ? object.arrayNode() : object.objectNode());
                }
                node = object.get(key);
            }
            if (!node.isContainer()) {
                return;
            }
        }
    }

    /**
     * An envelope key is relaxed at any depth, since envelopes nest inside configs; any other key keeps its
     * spelling, kebab-case read as camelCase.
     */
    private static String key(ConfigurationPropertyName name, int index) {
        String uniform = name.getElement(index, Form.UNIFORM);
        if (ENVELOPE_KEYS.containsKey(uniform)) {
            return ENVELOPE_KEYS.get(uniform);
        }
        String original = name.getElement(index, Form.ORIGINAL);
        StringBuilder key = new StringBuilder(original.length());
        boolean upper = false;
        for (char c : original.toCharArray()) {
            if (c == '-') {
                upper = key.length() > 0;
                continue;
            }
            key.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return key.toString();
    }

    /** A whole number from a number or its text; anything else as it is, for the registry to refuse. */
    private static JsonNode wholeNumber(Object value) {
        String text = (value != null) ? value.toString().strip() : "";
        if (!(value instanceof Double || value instanceof Float) && text.matches("-?\\d{1,18}")) {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(text));
        }
        return valueNode(value);
    }

    private static JsonNode valueNode(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Number number) {
            return (value instanceof Double || value instanceof Float) ? nodes.numberNode(number.doubleValue())
                    : nodes.numberNode(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        return (value != null) ? nodes.stringNode(value.toString()) : nodes.nullNode();
    }
}
