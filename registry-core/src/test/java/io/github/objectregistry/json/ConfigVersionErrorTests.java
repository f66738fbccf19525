package io.github.objectregistry.json;

import java.util.Map;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** DESIGN §4.7: each way a document's version cannot be brought to its class's, and what the error says. */
class ConfigVersionErrorTests {

    private final ObjectRegistry registry = Versioned.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    @Test
    void aDocumentFromANewerDeploymentIsRefused() {
        String json = "{\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\",\"config_version\":3,"
                + "\"config\":{\"dropout\":{\"rate\":0.25,\"seed\":0},\"name\":\"n\"}}";
        assertThatExceptionOfType(ConfigVersionException.class).isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .satisfies((ex) -> {
                assertThat(ex.getReason()).isEqualTo(EnvelopeError.Reason.VERSION);
                assertThat(ex.getName()).isEqualTo("versioned>Noise");
                assertThat(ex.getStoredVersion()).isEqualTo(3);
                assertThat(ex.getCurrentVersion()).isEqualTo(2);
            })
            .withMessageStartingWith("The envelope for 'versioned>Noise' has \"config_version\": 3, but "
                    + Versioned.Noise.class.getName() + " here is at version 2: the document was written by a newer "
                    + "deployment, and configs are only migrated upwards. Read it with the deployment that wrote it, "
                    + "or deploy the version of Noise that has @RegisterSerializable(version = 3) here.");
    }

    @Test
    void aNewerVersionAfterAConfigAlreadyBoundIsRefusedToo() {
        String json = "{\"class_name\":\"Dropout\",\"registered_name\":\"test>Dropout\",\"config\":{\"rate\":0.5},"
                + "\"config_version\":2}";
        assertThatExceptionOfType(ConfigVersionException.class).isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .withMessageContaining("has \"config_version\": 2, but " + Model.Dropout.class.getName()
                    + " here is at version 1: the document was written by a newer deployment");
    }

    @Test
    void aMigrationThatThrowsIsReportedWithItsCause() {
        String json = "{\"class_name\":\"Strict\",\"registered_name\":\"versioned>Strict\",\"config\":{\"ratio\":1}}";
        assertThatExceptionOfType(ConfigVersionException.class).isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .withMessageStartingWith("The migration of 'versioned>Strict' from version 1 to 2 ("
                    + Versioned.Strict.class.getName() + ".requireRate) failed on a document stored at config_version "
                    + "1, which is to be read at version 2: java.lang.IllegalArgumentException: no \"rate\" in "
                    + "{\"ratio\":1}. Fix the migration so that it accepts every version-1 config, or correct the "
                    + "stored document; the cause is the migration's exception.")
            .withCauseInstanceOf(IllegalArgumentException.class)
            .satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(EnvelopeError.Reason.VERSION));
    }

    @Test
    void aMigrationThatReturnsANonObjectIsRefused() {
        String json = "{\"class_name\":\"Listy\",\"registered_name\":\"versioned>Listy\",\"config\":{\"rate\":1}}";
        assertThatExceptionOfType(ConfigVersionException.class).isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .withMessageStartingWith("The migration of 'versioned>Listy' from version 1 to 2 ("
                    + Versioned.Listy.class.getName() + ".wrapInArray) returned an array ([{\"rate\":1}]) instead of "
                    + "a JSON object, so the version-2 config is lost. A config is always an object: return the "
                    + "changed ObjectNode (changing and returning the argument is fine).");
    }

    @Test
    void aScopeTargetWithAnIncompleteChainIsRefusedWhenAnOldDocumentNeedsIt() {
        String json = "{\"class_name\":\"Gappy\",\"registered_name\":\"versioned>Gappy\",\"config\":{\"rate\":1}}";
        assertThatExceptionOfType(ConfigVersionException.class)
            .isThrownBy(() -> this.serializer.fromJson(json, Layer.class, Map.of("versioned>Gappy", Gappy.class)))
            .withMessageStartingWith("Cannot read 'versioned>Gappy' at config_version 1 as " + Gappy.class.getName()
                    + " (version 3): its migration chain is incomplete. Cannot register class " + Gappy.class.getName()
                    + ": it is at version 3 but has no migration from version 2 to 3")
            .withCauseInstanceOf(RegistrationException.class);
    }

    @Test
    void aVersionThatIsNotAPositiveWholeNumberIsMalformedNamingWhatWasFound() {
        String[][] cases = {{"0", "0"}, {"-2", "-2"}, {"\"2\"", "a string"}, {"1.5", "a number"},
            {"99999999999", "99999999999"}};
        for (String[] versionAndFound : cases) {
            String json = "{\"class_name\":\"Noise\",\"registered_name\":\"versioned>Noise\",\"config_version\":"
                    + versionAndFound[0] + ",\"config\":{\"rate\":0.25}}";
            assertThatExceptionOfType(MalformedEnvelopeException.class)
                .isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
                .withMessageContaining("The \"config_version\" of the envelope for 'versioned>Noise' (read as "
                        + Layer.class.getName() + ") must be a whole number from 1 up (absent means 1), found "
                        + versionAndFound[1] + ".");
        }
    }

    @Test
    void aVersionHeldAsALongInATreeIsRead() {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("class_name", "Noise").put("registered_name", "versioned>Noise").put("config_version", 2L);
        envelope.putObject("config").putObject("dropout").put("rate", 0.25).put("seed", 0);
        assertThat(this.serializer.deserialize(envelope, Layer.class)).isInstanceOf(Versioned.Noise.class);
    }

    @Test
    void aFailedMigrationLeavesTheSerializerWorking() {
        String bad = "{\"class_name\":\"Strict\",\"registered_name\":\"versioned>Strict\",\"config\":{}}";
        assertThatExceptionOfType(ConfigVersionException.class).isThrownBy(() -> this.serializer.fromJson(bad, Layer.class));
        assertThat(this.serializer.fromJson(ConfigVersionTests.STORED_V1_NOISE, Layer.class))
            .isEqualTo(new Versioned.Noise(new Versioned.DropoutSpec(0.25, 0)));
    }

    /** Version 3 with only the first step: not registrable, but a scope may still bind it. */
    @RegisterSerializable(value = "versioned", version = 3)
    record Gappy(double rate) implements Layer {

        @ConfigMigration(from = 1)
        static ObjectNode same(ObjectNode config) {
            return config;
        }
    }
}
