package io.github.objectregistry.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads JSON that Keras 3 and keras-hub wrote themselves (test resources {@code keras/}), into Java records
 * registered under the same names, and writes it back.
 */
class KerasFilesTests {

    interface KerasObject {
    }

    @RegisterSerializable(value = "keras", name = "DTypePolicy")
    record DTypePolicy(String name) implements KerasObject {
    }

    @RegisterSerializable("legacy_nested_container")
    record NestedDenseModel(String name, boolean trainable, KerasObject dtype, int num) implements KerasObject {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @RegisterSerializable("keras_hub")
    record ESMBackbone(String name, boolean trainable, int vocabularySize, int numLayers, int numHeads,
            int hiddenDim, int intermediateDim, double dropout, int maxWavelength, boolean useBias, String activation,
            double layerNormEps, boolean usePreLayerNorm, String positionEmbeddingType, int maxSequenceLength,
            int padTokenId) implements KerasObject {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @RegisterSerializable("keras_hub")
    record ESMTokenizer(String name, boolean trainable, DTypePolicy dtype, String configFile, List<String> vocabulary,
            Integer sequenceLength, boolean lowercase, boolean stripAccents, boolean split, String suffixIndicator,
            String oovToken, List<String> specialTokens, boolean specialTokensInStrings) implements KerasObject {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @RegisterSerializable("keras_hub")
    record ESMMaskedPLMPreprocessor(String name, boolean trainable, KerasObject dtype, KerasObject tokenizer,
            String configFile, int sequenceLength, String truncate, double maskSelectionRate, int maskSelectionLength,
            double maskTokenRate, double randomTokenRate) implements KerasObject {
    }

    private final ObjectRegistry registry = new ObjectRegistry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    KerasFilesTests() {
        List.of(DTypePolicy.class, NestedDenseModel.class, ESMBackbone.class, ESMTokenizer.class,
                ESMMaskedPLMPreprocessor.class).forEach(this.registry::register);
    }

    @Test
    void keras315RegisteredModelWithNestedBuiltInPolicyAndBuildConfigIsRead() throws IOException {
        String json = read("keras3.15_registered-model_nested-container_config.json");
        NestedDenseModel model = (NestedDenseModel) this.serializer.fromJson(json, KerasObject.class);
        assertThat(model).isEqualTo(new NestedDenseModel("nested_dense_model", true, new DTypePolicy("float32"), 3));
        assertWrittenBackAsTheOriginal(json, model);
    }

    @Test
    void kerasHubBackboneIsRead() throws IOException {
        String json = read("keras-hub_esm-backbone_registered_config.json");
        ESMBackbone backbone = (ESMBackbone) this.serializer.fromJson(json, KerasObject.class);
        assertThat(backbone.vocabularySize()).isEqualTo(33);
        assertThat(backbone.numLayers()).isEqualTo(6);
        assertThat(backbone.layerNormEps()).isEqualTo(1e-05);
        assertThat(backbone.positionEmbeddingType()).isEqualTo("rotary");
        assertThat(backbone.activation()).isEqualTo("gelu");
        assertWrittenBackAsTheOriginal(json, backbone);
    }

    @Test
    void kerasHubPreprocessorWithNestedRegisteredTokenizerIsRead() throws IOException {
        String json = read("keras-hub_esm-preprocessor_nested-registered.json");
        ESMMaskedPLMPreprocessor preprocessor = (ESMMaskedPLMPreprocessor) this.serializer.fromJson(json,
                KerasObject.class);
        assertThat(preprocessor.dtype()).isEqualTo(new DTypePolicy("float32"));
        assertThat(preprocessor.sequenceLength()).isEqualTo(512);
        assertThat(preprocessor.maskSelectionRate()).isEqualTo(0.15);
        ESMTokenizer tokenizer = (ESMTokenizer) preprocessor.tokenizer();
        assertThat(tokenizer.dtype()).isEqualTo(new DTypePolicy("int32"));
        assertThat(tokenizer.suffixIndicator()).isEqualTo("##");
        assertThat(tokenizer.vocabulary()).isNull();
        assertWrittenBackAsTheOriginal(json, preprocessor);
    }

    /**
     * Both documents are parsed by a plain mapper, not by the code under test. Every envelope, at every depth,
     * must carry the original's {@code class_name}; a registered object the very same {@code registered_name};
     * a Keras built-in (written with {@code registered_name} null) the name Java registered it under, which is
     * its {@code module>class_name}; and configs must be equal JSON trees.
     */
    private void assertWrittenBackAsTheOriginal(String originalJson, Object value) {
        JsonMapper plain = JsonMapper.builder().build();
        assertSameObject(plain.readTree(originalJson), plain.readTree(this.serializer.toJson(value)), "$");
    }

    private static void assertSameObject(JsonNode original, JsonNode written, String path) {
        if (isEnvelope(original)) {
            assertThat(written.get("class_name")).as(path).isEqualTo(original.get("class_name"));
            JsonNode registeredName = original.get("registered_name");
            String expectedName = registeredName.isNull()
                    ? original.get("module").asString() + ">" + original.get("class_name").asString()
                    : registeredName.asString();
            assertThat(written.get("registered_name").asString()).as(path).isEqualTo(expectedName);
            assertSameObject(original.get("config"), written.get("config"), path + ".config");
            return;
        }
        if (original.isObject()) {
            assertThat(written.propertyNames()).as(path).containsExactlyInAnyOrderElementsOf(original.propertyNames());
            for (Map.Entry<String, JsonNode> property : original.properties()) {
                assertSameObject(property.getValue(), written.get(property.getKey()), path + "." + property.getKey());
            }
            return;
        }
        assertThat(written).as(path).isEqualTo(original);
    }

    private static boolean isEnvelope(JsonNode node) {
        return node.isObject() && node.has("class_name") && node.has("config");
    }

    private static String read(String file) throws IOException {
        try (InputStream in = KerasFilesTests.class.getResourceAsStream("/keras/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
