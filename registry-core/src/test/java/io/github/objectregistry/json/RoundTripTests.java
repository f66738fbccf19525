package io.github.objectregistry.json;

import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Dense;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.Model.Normalize;
import io.github.objectregistry.json.Model.Pair;
import io.github.objectregistry.json.Model.Sequential;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §4.5, writing: what an envelope looks like, and that every shape reads back. */
class RoundTripTests {

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    @Test
    void registeredRecordIsWrittenAsKerasEnvelopeWithClassNameFirst() {
        JsonNode json = this.serializer.serialize(new Dropout(0.5));
        assertThat(json.propertyNames()).containsExactly("class_name", "registered_name", "module", "config");
        assertThat(json.get("class_name").asString()).isEqualTo("Dropout");
        assertThat(json.get("module").asString()).isEqualTo("io.github.objectregistry.json");
        assertThat(json.get("registered_name").asString()).isEqualTo("test>Dropout");
        assertThat(json.get("config").get("rate").asDouble()).isEqualTo(0.5);
    }

    @Test
    void registeredInstanceIsWrittenInKerasFunctionShape() {
        JsonNode json = this.serializer.serialize(Model.SWISH);
        assertThat(json.get("class_name").asString()).isEqualTo("function");
        assertThat(json.get("module").asString()).isEqualTo("builtins");
        assertThat(json.get("registered_name").asString()).isEqualTo("function");
        assertThat(json.get("config").asString()).isEqualTo("test>swish");
    }

    @Test
    void recordRoundTrips() {
        Dense dense = new Dense(64, Model.RELU);
        assertThat(this.serializer.fromJson(this.serializer.toJson(dense), Layer.class)).isEqualTo(dense);
    }

    @Test
    void registeredRecordReadsAsItsOwnDeclaredType() {
        Dense dense = new Dense(8, Model.SWISH);
        assertThat(this.serializer.fromJson(this.serializer.toJson(dense), Dense.class)).isEqualTo(dense);
    }

    @Test
    void instanceRoundTripsToTheSameObject() {
        assertThat(this.serializer.fromJson(this.serializer.toJson(Model.SWISH), Model.Activation.class))
            .isSameAs(Model.SWISH);
    }

    @Test
    void configurableRoundTripsThroughGetConfigAndFromConfig() {
        Normalize normalize = new Normalize(0.25, new Dropout(0.1));
        JsonNode json = this.serializer.serialize(normalize);
        assertThat(json.get("config").get("inner").get("registered_name").asString()).isEqualTo("test>Dropout");
        Normalize read = (Normalize) this.serializer.deserialize(json, Layer.class);
        assertThat(read.mean()).isEqualTo(0.25);
        assertThat(read.inner()).isEqualTo(new Dropout(0.1));
    }

    @Test
    void nestedRegisteredObjectsAreEnvelopesToo() {
        Sequential model = new Sequential("mlp", List.of(new Dense(4, Model.RELU), new Dropout(0.2)));
        JsonNode json = this.serializer.serialize(model);
        JsonNode first = json.get("config").get("layers").get(0);
        assertThat(first.get("registered_name").asString()).isEqualTo("test>Dense");
        assertThat(first.get("config").get("activation").get("config").asString()).isEqualTo("test>relu");
        assertThat(this.serializer.deserialize(json, Layer.class)).isEqualTo(model);
    }

    @Test
    void listOfInterfaceTypedObjectsRoundTrips() {
        List<Layer> layers = List.of(new Dense(1, Model.SWISH), new Dropout(0.3), new Normalize(1, new Dropout(0)));
        List<Layer> read = this.serializer.fromJson(this.serializer.toJson(layers), new TypeReference<List<Layer>>() {
        });
        assertThat(read).hasSize(3);
        assertThat(read.subList(0, 2)).isEqualTo(layers.subList(0, 2));
        assertThat(read.get(2)).isInstanceOf(Normalize.class);
    }

    @Test
    void listWrittenWithItsDeclaredInterfaceTypeStillWritesEnvelopes() {
        List<Layer> layers = List.of(new Dropout(0.5), new Dense(2, Model.SWISH));
        String json = this.serializer.getMapper().writerFor(new TypeReference<List<Layer>>() {
        }).writeValueAsString(layers);
        assertThat(json).startsWith("[{\"class_name\":\"Dropout\"");
        assertThat(this.serializer.fromJson(json, new TypeReference<List<Layer>>() {
        })).isEqualTo(layers);
    }

    @Test
    void mapOfInterfaceTypedObjectsRoundTrips() {
        Map<String, Layer> layers = Map.of("a", new Dropout(0.3), "b", new Dense(2, Model.RELU));
        Map<String, Layer> read = this.serializer.fromJson(this.serializer.toJson(layers),
                new TypeReference<Map<String, Layer>>() {
                });
        assertThat(read).isEqualTo(layers);
    }

    @Test
    void instanceWrittenTwiceCarriesTheSameSharedObjectIdInBothPlaces() {
        Dropout shared = new Dropout(0.4);
        JsonNode json = this.serializer.serialize(new Pair(shared, shared));
        JsonNode config = json.get("config");
        assertThat(config.get("first").get("shared_object_id").asLong()).isZero();
        assertThat(config.get("second").get("shared_object_id").asLong()).isZero();
        assertThat(json.has("shared_object_id")).isFalse();
    }

    @Test
    void sharedInstanceReadsBackAsOneInstance() {
        Dropout shared = new Dropout(0.4);
        Pair pair = (Pair) this.serializer.fromJson(this.serializer.toJson(new Pair(shared, shared)), Layer.class);
        assertThat(pair.first()).isSameAs(pair.second());
    }

    @Test
    void equalButDistinctInstancesGetNoSharedId() {
        JsonNode json = this.serializer.serialize(new Pair(new Dropout(0.4), new Dropout(0.4)));
        assertThat(json.get("config").get("first").has("shared_object_id")).isFalse();
        Pair pair = (Pair) this.serializer.deserialize(json, Layer.class);
        assertThat(pair.first()).isNotSameAs(pair.second()).isEqualTo(pair.second());
    }

    @Test
    void unregisteredValuesAreWrittenAsPlainJson() {
        assertThat(this.serializer.toJson(Map.of("rate", 0.5))).isEqualTo("{\"rate\":0.5}");
    }

    @Test
    void moduleCanBeLeftOutOfWrittenEnvelopesAndTheyStillReadBack() {
        JsonMapper mapper = JsonMapper.builder()
            .addModule(ObjectRegistryModule.builder(this.registry).writeModule(false).build())
            .build();
        Sequential model = new Sequential("m", List.of(new Dense(8, Model.RELU), new Dropout(0.25)));
        JsonNode json = mapper.valueToTree(model);
        assertThat(json.propertyNames()).containsExactly("class_name", "registered_name", "config");
        assertThat(json.get("config").get("layers").get(1).propertyNames())
            .containsExactly("class_name", "registered_name", "config");
        assertThat(mapper.treeToValue(json, Layer.class)).isEqualTo(model);
        // The function shape is Keras's own and keeps its "builtins" module.
        assertThat(mapper.valueToTree(Model.SWISH).get("module").asString()).isEqualTo("builtins");
    }
}
