package io.github.objectregistry.json;

import java.util.Map;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.Model.Pair;
import io.github.objectregistry.json.Model.Sequential;
import io.github.objectregistry.json.Versioned.Bounds;
import io.github.objectregistry.json.Versioned.DropoutSpec;
import io.github.objectregistry.json.Versioned.Noise;
import io.github.objectregistry.json.Versioned.NoiseV3;
import io.github.objectregistry.json.Versioned.Scale;
import io.github.objectregistry.json.Versioned.Threshold;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §4.7: what a versioned class writes, and how older documents are read through its migrations. */
class ConfigVersionTests {

    /** A row a version-1 deployment stored, before {@link Noise}'s config nested its rate. */
    static final String STORED_V1_NOISE = "{\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\","
            + "\"module\":\"io.github.objectregistry.json\",\"config\":{\"rate\":0.25}}";

    private final ObjectRegistry registry = Versioned.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    @Test
    void versionAboveOneIsWrittenBeforeTheConfig() {
        JsonNode json = this.serializer.serialize(new Noise(new DropoutSpec(0.5, 3)));
        assertThat(json.propertyNames()).containsExactly("class_name", "registered_name", "module",
                "config_version", "config");
        assertThat(json.get("config_version").asInt()).isEqualTo(2);
    }

    @Test
    void versionOneWritesNoVersion() {
        JsonNode json = this.serializer.serialize(new Model.Dropout(0.5));
        assertThat(json.has("config_version")).isFalse();
    }

    @Test
    void storedVersionOneDocumentIsMigratedThenBound() {
        Layer layer = this.serializer.fromJson(STORED_V1_NOISE, Layer.class);
        assertThat(layer).isEqualTo(new Noise(new DropoutSpec(0.25, 0)));
        System.out.println("stored:  " + STORED_V1_NOISE);
        System.out.println("read as: " + layer);
        System.out.println("written: " + this.serializer.toJson(layer));
    }

    @Test
    void currentDocumentRoundTripsWithoutRunningAMigration() {
        Scale scale = new Scale(2.0, "log", new Bounds(1, 9));
        String json = this.serializer.toJson(scale);
        int before = Versioned.MIGRATIONS_RUN.get();
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(scale);
        assertThat(Versioned.MIGRATIONS_RUN.get()).isEqualTo(before);
    }

    @Test
    void explicitVersionOneIsMigratedLikeAnAbsentOne() {
        String json = "{\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\",\"config_version\":1,"
                + "\"config\":{\"rate\":0.25}}";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Noise(new DropoutSpec(0.25, 0)));
    }

    @Test
    void versionAfterTheConfigIsHonoured() {
        String v1 = "{\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\",\"config\":{\"rate\":0.25},"
                + "\"config_version\":1}";
        String v2 = "{\"config\":{\"dropout\":{\"rate\":0.25,\"seed\":4}},\"config_version\":2,"
                + "\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\"}";
        assertThat(this.serializer.fromJson(v1, Layer.class)).isEqualTo(new Noise(new DropoutSpec(0.25, 0)));
        assertThat(this.serializer.fromJson(v2, Layer.class)).isEqualTo(new Noise(new DropoutSpec(0.25, 4)));
    }

    @Test
    void aRenamedClassReadsOldDocumentsUnderItsOldNameAndVersion() {
        String stored = "{\"class_name\":\"Multiply\",\"module\":\"versioned\",\"config\":{\"by\":3.0,\"min\":-1,"
                + "\"max\":1}}";
        assertThat(this.serializer.fromJson(stored, Layer.class))
            .isEqualTo(new Scale(3.0, "linear", new Bounds(-1, 1)));
        assertThat(this.serializer.serialize(new Scale(3.0, "linear", new Bounds(-1, 1))).get("registered_name")
            .asString()).isEqualTo("versioned>Scale");
    }

    @Test
    void aConfigurableIsMigratedBeforeFromConfig() {
        String stored = "{\"class_name\":\"Threshold\",\"registered_name\":\"versioned>Threshold\",\"config\":{\"t\":0.7}}";
        assertThat(((Threshold) this.serializer.fromJson(stored, Layer.class)).threshold).isEqualTo(0.7);
        String current = this.serializer.toJson(new Threshold(0.4));
        assertThat(((Threshold) this.serializer.fromJson(current, Layer.class)).threshold).isEqualTo(0.4);
    }

    @Test
    void aScopeThatOverridesTheNameUsesItsTargetsVersionAndMigrations() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("versioned>Noise", NoiseV3.class))) {
            assertThat(this.serializer.fromJson(STORED_V1_NOISE, Layer.class))
                .isEqualTo(new NoiseV3(new DropoutSpec(0.25, 0), "noise"));
        }
        assertThat(this.serializer.fromJson(STORED_V1_NOISE, Layer.class)).isEqualTo(new Noise(new DropoutSpec(0.25, 0)));
    }

    @Test
    void envelopesInsideAnOldConfigAreReadAsWell() {
        String stored = "{\"class_name\":\"Sequential\",\"registered_name\":\"test>Sequential\",\"config\":{"
                + "\"name\":\"s\",\"layers\":[" + STORED_V1_NOISE + "]}}";
        Sequential sequential = (Sequential) this.serializer.fromJson(stored, Layer.class);
        assertThat(sequential.layers()).containsExactly(new Noise(new DropoutSpec(0.25, 0)));
    }

    @Test
    void sharedObjectIdsKeepIdentityThroughAMigration() {
        String shared = "{\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\",\"shared_object_id\":7,"
                + "\"config\":{\"rate\":0.25}}";
        String stored = "{\"class_name\":\"Pair\",\"registered_name\":\"test>Pair\",\"config\":{\"first\":" + shared
                + ",\"second\":" + shared + "}}";
        Pair pair = (Pair) this.serializer.fromJson(stored, Layer.class);
        assertThat(pair.first()).isEqualTo(new Noise(new DropoutSpec(0.25, 0))).isSameAs(pair.second());
    }

    @Test
    void theApplicationsMapperMigratesToo() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build();
        assertThat(mapper.readValue(STORED_V1_NOISE, Layer.class)).isEqualTo(new Noise(new DropoutSpec(0.25, 0)));
        assertThat(mapper.readValue(STORED_V1_NOISE, Noise.class)).isEqualTo(new Noise(new DropoutSpec(0.25, 0)));
        assertThat(mapper.readTree(mapper.writeValueAsString(new Noise(new DropoutSpec(0.5, 1))))
            .get("config_version").asInt()).isEqualTo(2);
    }
}
