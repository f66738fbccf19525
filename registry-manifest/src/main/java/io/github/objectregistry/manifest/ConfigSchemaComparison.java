package io.github.objectregistry.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares the JSON Schema of an old config with the new one, the way a reader of old documents sees it: a
 * document written against the old schema must still be read by the new class. Follows {@code $ref}s into
 * {@code $defs}, properties and array items.
 */
final class ConfigSchemaComparison {

    /**
     * One difference.
     * @param breaking whether old documents may no longer be read
     * @param what what changed, in a reviewer's words
     * @param why what it does to old documents; empty when nothing
     */
    record Difference(boolean breaking, String what, String why) {

        /** What changed and what it does to old documents. */
        String description() {
            return this.why.isEmpty() ? this.what : this.what + ": " + this.why;
        }
    }

    private final JsonNode oldRoot;

    private final JsonNode newRoot;

    private final List<Difference> differences = new ArrayList<>();

    private final Set<String> visited = new HashSet<>();

    private ConfigSchemaComparison(JsonNode oldRoot, JsonNode newRoot) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
    }

    /**
     * The differences between two config schemas.
     * @param oldSchema the old deployment's schema
     * @param newSchema the new build's schema
     * @return every difference, breaking or not, in the order found
     */
    static List<Difference> compare(JsonNode oldSchema, JsonNode newSchema) {
        ConfigSchemaComparison comparison = new ConfigSchemaComparison(oldSchema, newSchema);
        comparison.compare("config", oldSchema, newSchema);
        return comparison.differences;
    }

    private void compare(String path, JsonNode oldNode, JsonNode newNode) {
        String oldRef = oldNode.path("$ref").asString("");
        String newRef = newNode.path("$ref").asString("");
        if (!oldRef.isEmpty() && !newRef.isEmpty() && !this.visited.add(oldRef + "|" + newRef)) {
            return; // a shared or recursive definition is compared once
        }
        JsonNode oldSchema = resolve(this.oldRoot, oldNode);
        JsonNode newSchema = resolve(this.newRoot, newNode);
        Set<String> oldTypes = types(oldSchema);
        Set<String> newTypes = types(newSchema);
        if (!oldTypes.isEmpty() && !newTypes.isEmpty() && !accepts(newTypes, oldTypes)) {
            this.differences.add(new Difference(true, "field `" + path + "` changed type from " + oldTypes + " to "
                    + newTypes, "values in old documents no longer fit"));
            return;
        }
        compareEnums(path, oldSchema, newSchema);
        compareProperties(path, oldSchema, newSchema);
        if (oldSchema.has("items") && newSchema.has("items")) {
            compare(path + "[]", oldSchema.get("items"), newSchema.get("items"));
        }
    }

    private void compareEnums(String path, JsonNode oldSchema, JsonNode newSchema) {
        if (!oldSchema.has("enum") || !newSchema.has("enum")) {
            return;
        }
        Set<String> removed = values(oldSchema.get("enum"));
        removed.removeAll(values(newSchema.get("enum")));
        if (!removed.isEmpty()) {
            this.differences.add(new Difference(true, "enum value(s) " + removed + " of `" + path
                    + "` removed", "old documents that hold them can no longer be read"));
        }
        Set<String> added = values(newSchema.get("enum"));
        added.removeAll(values(oldSchema.get("enum")));
        if (!added.isEmpty()) {
            this.differences.add(new Difference(false, "enum value(s) " + added + " added to `" + path + "`", ""));
        }
    }

    private void compareProperties(String path, JsonNode oldSchema, JsonNode newSchema) {
        JsonNode oldProperties = oldSchema.path("properties");
        JsonNode newProperties = newSchema.path("properties");
        Set<String> oldRequired = values(oldSchema.path("required"));
        Set<String> newRequired = values(newSchema.path("required"));
        for (String field : oldProperties.propertyNames()) {
            if (!newProperties.has(field)) {
                this.differences.add(new Difference(true, "field `" + path + "." + field + "` removed", "old documents "
                        + "carry it, and a strict reader (RegistrySerializer) refuses unknown fields while a lenient "
                        + "one drops the value"));
            }
            else {
                compare(path + "." + field, oldProperties.get(field), newProperties.get(field));
                if (newRequired.contains(field) && !oldRequired.contains(field)) {
                    this.differences.add(new Difference(true, "field `" + path + "." + field + "` became required",
                            "old documents may not carry it"));
                }
            }
        }
        for (String field : newProperties.propertyNames()) {
            if (oldProperties.has(field)) {
                continue;
            }
            boolean required = newRequired.contains(field);
            this.differences.add(new Difference(required, "new " + (required ? "required" : "optional") + " field `"
                    + path + "." + field + "`", required ? "old documents do not carry it"
                            : "old documents read with its default"));
        }
    }

    /** A {@code $ref} to {@code #/$defs/X} (or {@code #}) resolved in its own document. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        return ref.equals("#") ? root : root.at(ref.substring(1));
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = type.isArray() ? values(type) : new LinkedHashSet<>();
        if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

    /** Whether a field now of {@code newTypes} reads every value of {@code oldTypes}; a number reads an integer. */
    private static boolean accepts(Set<String> newTypes, Set<String> oldTypes) {
        return oldTypes.stream().allMatch((type) -> newTypes.contains(type)
                || (type.equals("integer") && newTypes.contains("number")));
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach((value) -> values.add(value.isString() ? value.asString() : value.toString()));
        return values;
    }
}
