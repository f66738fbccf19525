package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.List;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Dense;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.Model.Normalize;
import io.github.objectregistry.json.Model.Pair;
import io.github.objectregistry.json.Model.Sequential;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DESIGN §4.5, the application's mapper (the module as the Spring Boot starter configures it) next to the
 * strict {@link RegistrySerializer}: bare configs of registered classes, and shared objects on write.
 */
class ApplicationMapperTests {

    private final ObjectRegistry registry = Model.registry();

    private final JsonMapper application = JsonMapper.builder()
        .addModule(ObjectRegistryModule.builder(this.registry).readBareConfigs(true).build())
        .build();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    @Test
    void valueDeclaredAsARegisteredClassIsReadFromItsBareConfig() {
        assertThat(this.application.readValue("{\"rate\": 0.5}", Dropout.class)).isEqualTo(new Dropout(0.5));
        assertThat(this.application.readValue("{\"units\": 2, \"activation\": \"test>relu\"}", Dense.class))
            .isEqualTo(new Dense(2, Model.RELU));
    }

    @Test
    void bareConfigOfAConfigurableIsRebuiltThroughFromConfig() {
        Normalize normalize = this.application.readValue("{\"mean\": 0.5, \"inner\": {\"class_name\": \"Dropout\", "
                + "\"registered_name\": \"test>Dropout\", \"config\": {\"rate\": 0.1}}}", Normalize.class);
        assertThat(normalize.mean()).isEqualTo(0.5);
        assertThat(normalize.inner()).isEqualTo(new Dropout(0.1));
    }

    @Test
    void envelopeIsStillReadWhereABareConfigIsAccepted() {
        assertThat(this.application.readValue("{\"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", "
                + "\"config\": {\"rate\": 0.5}}", Dropout.class)).isEqualTo(new Dropout(0.5));
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.application.readValue("{\"registered_name\": \"test>Dropout\", \"rate\": 1}",
                    Dropout.class))
            .withMessageContaining("\"class_name\" of an envelope for " + Dropout.class.getName() + " is missing");
    }

    @Test
    void bareConfigIsNotAcceptedWhereTheDeclaredTypeDoesNotSayWhatItIs() {
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.application.readValue("{\"rate\": 0.5}", Layer.class))
            .withMessageContaining("Expected an envelope for " + Layer.class.getName()
                    + ", found an object with key 'rate' and no \"class_name\"");
    }

    @Test
    void registrySerializerAndAPlainModuleStillRequireTheEnvelope() {
        JsonMapper plain = JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build();
        for (JsonMapper mapper : List.of(this.serializer.getMapper(), plain)) {
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> mapper.readValue("{\"rate\": 0.5}", Dropout.class))
                .withMessageContaining("Expected an envelope for " + Dropout.class.getName()
                        + ", found an object with key 'rate' and no \"class_name\"");
        }
    }

    @Test
    void instanceWrittenTwiceByTheApplicationMapperGetsTheSameSharedIdInBothPlaces() {
        Dropout shared = new Dropout(0.4);
        Pair pair = new Pair(shared, new Sequential("s", List.of(new Dense(1, Model.RELU), shared)));
        String json = this.application.writeValueAsString(pair);
        assertThat(json).isEqualTo(this.serializer.toJson(pair));
        JsonNode written = this.application.readTree(json);
        assertThat(written.at("/config/first/shared_object_id").asLong(-1)).isZero();
        assertThat(written.at("/config/second/config/layers/1/shared_object_id").asLong(-1)).isZero();
        assertThat(written.at("/config/second/config/layers/0").has("shared_object_id")).isFalse();
        assertThat(written.has("shared_object_id")).isFalse();
        Pair read = (Pair) this.application.readValue(json, Layer.class);
        assertThat(read.first()).isSameAs(((Sequential) read.second()).layers().get(1));
    }

    @Test
    void registrySerializerSharesInstancesAcrossTheWholeDocument() {
        Dropout shared = new Dropout(0.4);
        JsonNode written = this.serializer.serialize(List.of(shared, new Dropout(0.1), shared));
        assertThat(written.at("/0/shared_object_id").asLong(-1)).isZero();
        assertThat(written.at("/2/shared_object_id").asLong(-1)).isZero();
        assertThat(written.at("/1").has("shared_object_id")).isFalse();
    }

    @Test
    void serializeWritesAValueLargerThanTheReadLimits() {
        RegistrySerializer small = new RegistrySerializer(this.registry,
                ReadLimits.DEFAULTS.withMaxDocumentLength(1_000).withMaxStringLength(100));
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            layers.add(new Dense(i, Model.RELU));
        }
        Sequential large = new Sequential("n".repeat(500), layers);
        JsonNode written = small.serialize(large);
        assertThat(written.at("/config/layers").size()).isEqualTo(100);
        assertThat(written.at("/config/name").asString()).hasSize(500);
        assertThat(small.toJson(large)).hasSizeGreaterThan(1_000);
    }
}
