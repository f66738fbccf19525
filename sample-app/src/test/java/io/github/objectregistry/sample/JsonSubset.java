package io.github.objectregistry.sample;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that one JSON document contains another: every field shown is there, with the value shown. */
final class JsonSubset {

    private JsonSubset() {
    }

    static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object in " + actual).isTrue();
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " in " + actual).isTrue();
                assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            }
        }
        else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array in " + actual).isTrue();
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        }
        else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path + " is a number").isTrue();
            assertThat(actual.asDouble()).as(path).isEqualTo(expected.asDouble());
        }
        else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
