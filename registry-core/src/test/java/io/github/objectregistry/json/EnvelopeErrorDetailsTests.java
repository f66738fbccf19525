package io.github.objectregistry.json;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Activation;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DESIGN §4.5, what a refused envelope tells its reader: that a plain object is not an envelope, the name
 * the envelope gave, what an instance's envelope looks like, and where in the document the refused envelope
 * is, through the strict {@link RegistrySerializer} and a lenient application mapper alike.
 */
class EnvelopeErrorDetailsTests {

    private static final String SEQUENTIAL = "{\"class_name\": \"Sequential\", \"registered_name\": \"test>Sequential\", ";

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    private final JsonMapper application = JsonMapper.builder()
        .addModule(ObjectRegistryModule.builder(this.registry).readBareConfigs(true).build())
        .build();

    /** Both readers, each reading a document as a type. */
    private List<BiFunction<String, Class<?>, Object>> readers() {
        return List.of(this.serializer::fromJson, this.application::readValue);
    }

    @Test
    void plainObjectWhereAnEnvelopeIsExpectedIsToldItIsNotAnEnvelope() {
        for (BiFunction<String, Class<?>, Object> read : readers()) {
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> read.apply("{\"amount\": 2.0}", Layer.class))
                .withMessageContaining("Expected an envelope for " + Layer.class.getName()
                        + ", found an object with key 'amount' and no \"class_name\"")
                .withMessageContaining("Write it as {\"class_name\": ..., \"registered_name\": \"pkg>Name\", "
                        + "\"config\": {\"amount\": ...}}")
                .withMessageNotContaining("FAIL_ON_UNKNOWN_PROPERTIES")
                .satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(EnvelopeError.Reason.MALFORMED));
        }
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"rate\": 0.5}", Dropout.class))
            .withMessageContaining("Expected an envelope for " + Dropout.class.getName()
                    + ", found an object with key 'rate' and no \"class_name\"");
    }

    @Test
    void envelopeWithAnExtraFirstKeyIsStillAnEnvelope() {
        String json = "{\"extra\": 1, \"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", "
                + "\"config\": {\"rate\": 0.5}}";
        assertThat(this.application.readValue(json, Layer.class)).isEqualTo(new Dropout(0.5));
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .withMessageContaining("Unknown key 'extra' in the envelope for 'Dropout'")
            .withMessageContaining("Remove it")
            .withMessageNotContaining("FAIL_ON_UNKNOWN_PROPERTIES");
    }

    @Test
    void malformedEnvelopeNamesTheNameItGaveBeforeTheFault() {
        for (BiFunction<String, Class<?>, Object> read : readers()) {
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> read.apply("{\"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", "
                        + "\"config\": [1]}", Layer.class))
                .withMessageContaining("The \"config\" of the envelope for 'test>Dropout' (read as "
                        + Layer.class.getName() + ") must be a JSON object, found an array")
                .satisfies((ex) -> assertThat(ex.getName()).isEqualTo("test>Dropout"));
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> read.apply("{\"class_name\": \"Dropout\", \"shared_object_id\": \"x\", "
                        + "\"config\": {}}", Layer.class))
                .withMessageContaining("The \"shared_object_id\" of the envelope for 'Dropout'")
                .satisfies((ex) -> assertThat(ex.getName()).isEqualTo("Dropout"));
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> read.apply("{\"module\": 5, \"class_name\": \"Dropout\", \"config\": {}}",
                        Layer.class))
                .withMessageContaining("The \"module\" of an envelope for " + Layer.class.getName())
                .satisfies((ex) -> assertThat(ex.getName()).isNull());
        }
    }

    @Test
    void instanceNamedByClassNameIsReadWithAnEmptyOrNullConfig() {
        for (String config : List.of("{}", "null")) {
            for (BiFunction<String, Class<?>, Object> read : readers()) {
                assertThat(read.apply("{\"class_name\": \"relu\", \"registered_name\": \"test>relu\", \"config\": "
                        + config + "}", Activation.class)).isSameAs(Model.RELU);
            }
        }
    }

    @Test
    void instanceNamedByClassNameWithoutAConfigIsToldTheFunctionShape() {
        for (BiFunction<String, Class<?>, Object> read : readers()) {
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> read.apply("{\"class_name\": \"relu\", \"registered_name\": \"test>relu\"}",
                        Activation.class))
                .withMessageContaining("The envelope for 'test>relu' has no \"config\"")
                .withMessageContaining("'test>relu' is a registered instance")
                .withMessageContaining("{\"module\": \"builtins\", \"class_name\": \"function\", \"config\": "
                        + "\"test>relu\", \"registered_name\": \"function\"}")
                .withMessageNotContaining("a class is rebuilt")
                .satisfies((ex) -> assertThat(ex.getName()).isEqualTo("test>relu"));
        }
    }

    @Test
    void instanceNamedByClassNameWithANonEmptyConfigIsRefusedRatherThanDroppingIt() {
        for (String json : List.of("{\"class_name\": \"relu\", \"registered_name\": \"test>relu\", "
                + "\"config\": {\"anything\": 1}}", "{\"config\": {\"anything\": 1}, \"class_name\": \"relu\", "
                        + "\"registered_name\": \"test>relu\"}")) {
            for (BiFunction<String, Class<?>, Object> read : readers()) {
                assertThatExceptionOfType(MalformedEnvelopeException.class)
                    .isThrownBy(() -> read.apply(json, Activation.class))
                    .withMessageContaining("The envelope for 'test>relu' has a \"config\" with 'anything'")
                    .withMessageContaining("an instance is never rebuilt from a config")
                    .satisfies((ex) -> assertThat(ex.getName()).isEqualTo("test>relu"));
            }
        }
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"relu\", \"registered_name\": "
                    + "\"test>relu\", \"config\": [1]}", Activation.class))
            .withMessageContaining("The envelope for 'test>relu' has a \"config\" that is an array");
    }

    @Test
    void functionEnvelopeWithoutAConfigIsToldWhatItsConfigHolds() {
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"function\", \"registered_name\": "
                    + "\"function\"}", Activation.class))
            .withMessageContaining("The function envelope has no \"config\": it names the registered instance "
                    + "in \"config\"");
    }

    @Test
    void refusedNestedEnvelopeCarriesItsJsonPath() {
        String json = SEQUENTIAL + "\"config\": {\"name\": \"s\", \"layers\": [{\"rate\": 5}]}}";
        String buffered = "{\"config\": {\"name\": \"s\", \"layers\": [{\"rate\": 5}]}, \"class_name\": "
                + "\"Sequential\", \"registered_name\": \"test>Sequential\"}";
        for (BiFunction<String, Class<?>, Object> read : readers()) {
            for (String input : List.of(json, buffered)) {
                assertThatExceptionOfType(MalformedEnvelopeException.class).isThrownBy(() -> read.apply(input, Layer.class))
                    .withMessageContaining("found an object with key 'rate'")
                    .satisfies((ex) -> {
                        assertThat(pointer(ex)).isEqualTo("/config/layers/0");
                        assertThat(ex.getPathReference()).isEqualTo(Model.Sequential.class.getName() + "[\"config\"]->"
                                + Model.Sequential.class.getName() + "[\"layers\"]->java.util.ArrayList[0]");
                    });
            }
        }
    }

    @Test
    void errorInsideANestedConfigCarriesThePathThroughEveryEnvelope() {
        String json = SEQUENTIAL + "\"config\": {\"name\": \"s\", \"layers\": [{\"class_name\": \"Dropout\", "
                + "\"registered_name\": \"test>Dropout\", \"config\": {\"rate\": \"high\"}}]}}";
        for (BiFunction<String, Class<?>, Object> read : readers()) {
            assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> read.apply(json, Layer.class))
                .satisfies((ex) -> assertThat(pointer(ex)).isEqualTo("/config/layers/0/config/rate"));
        }
    }

    @Test
    void refusedEnvelopeInsideAConfigurablesConfigCarriesItsJsonPath() {
        String json = "{\"class_name\": \"Normalize\", \"registered_name\": \"test>Normalize\", \"config\": "
                + "{\"mean\": 1, \"inner\": " + SEQUENTIAL + "\"config\": {\"name\": \"s\", \"layers\": "
                + "[{\"class_name\": \"Dropout\", \"registered_name\": \"test>Nope\", \"config\": {}}]}}}}";
        for (BiFunction<String, Class<?>, Object> read : readers()) {
            assertThatExceptionOfType(UnknownNameException.class).isThrownBy(() -> read.apply(json, Layer.class))
                .satisfies((ex) -> assertThat(pointer(ex)).isEqualTo("/config/inner/config/layers/0"));
        }
    }

    /** The exception's Jackson path as a JSON Pointer, as a web layer would show it. */
    private static String pointer(JacksonException ex) {
        return ex.getPath().stream()
            .map((reference) -> "/" + ((reference.getPropertyName() != null) ? reference.getPropertyName()
                    : String.valueOf(reference.getIndex())))
            .collect(Collectors.joining());
    }
}
