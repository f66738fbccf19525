package io.github.objectregistry.manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import io.github.objectregistry.manifest.Layers.Dense;
import io.github.objectregistry.manifest.Layers.Dropout;
import io.github.objectregistry.manifest.RegistryManifest.Entry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What a manifest records, and that it survives a file. */
class RegistryManifestTests {

    @Test
    void aClassEntryHasItsKindTargetAliasesVersionAndConfigSchema() {
        Entry dense = Manifests.of(Layers.RenamedDense.class).entry("layers>Dense2");
        assertThat(dense.kind()).isEqualTo(Registration.Kind.CLASS);
        assertThat(dense.type()).isEqualTo(Layers.RenamedDense.class.getName());
        assertThat(dense.aliases()).containsExactly("layers>Dense");
        assertThat(dense.version()).isEqualTo(1);
        assertThat(dense.configSchema().at("/properties/units/type").asString()).isEqualTo("integer");
        assertThat(dense.configSchema().at("/properties/shape/items/type").asString()).isEqualTo("integer");
        assertThat(dense.configSchema().at("/properties/activation/enum").toString())
            .isEqualTo("[\"RELU\",\"TANH\",\"SIGMOID\"]");
    }

    @Test
    void requiredFieldsFollowJacksonsRequiredFlag() {
        Entry dense = Manifests.of(Layers.DenseWithRequiredBias.class).entry("layers>Dense");
        assertThat(dense.configSchema().path("required").toString()).isEqualTo("[\"bias\"]");
    }

    @Test
    void configSchemasFollowTheMappersNamingStrategy() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register(Layers.Initializer.class);
        ConfigSchemas schemas = new ConfigSchemas(JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE).build());
        Entry entry = RegistryManifest.of(registry, schemas).names().get(0);
        assertThat(entry.configSchema().path("properties").propertyNames()).containsExactly("Name", "Scale");
    }

    @Test
    void anAliasFindsItsEntry() {
        RegistryManifest manifest = Manifests.of(Layers.RenamedDense.class);
        assertThat(manifest.entry("layers>Dense")).isSameAs(manifest.entry("layers>Dense2"));
        assertThat(manifest.entry("layers>Conv")).isNull();
    }

    @Test
    void anInstanceHasNoConfigSchema() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register("activations", "swish", (Function<Double, Double>) (x) -> x);
        Entry swish = RegistryManifest.of(registry).entry("activations>swish");
        assertThat(swish.kind()).isEqualTo(Registration.Kind.INSTANCE);
        assertThat(swish.configSchema()).isNull();
    }

    @Test
    void aManifestSurvivesAFile(@TempDir Path directory) throws Exception {
        RegistryManifest manifest = Manifests.of(Dense.class, Dropout.class);
        Path file = directory.resolve("nested/registry-manifest.json");
        manifest.write(file);
        assertThat(Files.readString(file)).contains("\"name\" : \"layers>Dense\"");
        assertThat(RegistryManifest.read(file)).isEqualTo(manifest);
    }

    @Test
    void aFileThatIsNotAManifestIsRefusedWithItsName(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("other.json"), "{\"format\": 9, \"names\": []}");
        assertThatIllegalArgumentException().isThrownBy(() -> RegistryManifest.read(file))
            .withMessageContaining(file.toAbsolutePath().toString())
            .withMessageContaining("Manifest format 9 is not readable here")
            .withMessageNotContaining("Not a registry manifest");
    }
}
