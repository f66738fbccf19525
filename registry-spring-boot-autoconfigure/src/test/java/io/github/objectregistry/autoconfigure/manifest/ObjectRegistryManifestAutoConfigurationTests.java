package io.github.objectregistry.autoconfigure.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import io.github.objectregistry.manifest.CompatibilityReport;
import io.github.objectregistry.manifest.ConfigSchemas;
import io.github.objectregistry.manifest.RegistryCompatibility;
import io.github.objectregistry.manifest.RegistryManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifest endpoint, the manifest file written at start-up, and their back-offs. */
class ObjectRegistryManifestAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class, JacksonAutoConfiguration.class,
                ObjectRegistryManifestAutoConfiguration.class))
        .withUserConfiguration(ShapesPackage.class);

    @Test
    void theEndpointIsNotAvailableUntilExposed() {
        this.runner.run((context) -> assertThat(context).hasSingleBean(ConfigSchemas.class)
            .doesNotHaveBean(ObjectRegistryManifestEndpoint.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEndpointServesEveryNameWithItsConfigSchema() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistrymanifest")
            .run((context) -> {
                Map<String, Object> manifest = context.getBean(ObjectRegistryManifestEndpoint.class).manifest();
                List<Map<String, Object>> names = (List<Map<String, Object>>) manifest.get("names");
                assertThat(names).extracting((entry) -> entry.get("name"))
                    .containsExactly("shapes>Box", "shapes>Circle");
                assertThat(names.get(0)).containsEntry("aliases", List.of("shapes>Square"))
                    .containsEntry("version", 1).containsEntry("kind", "CLASS");
                assertThat((Map<String, Object>) names.get(1).get("configSchema")).containsKey("properties");
            });
    }

    @Test
    void theManifestFileIsWrittenWhenAnOutputIsNamed(@TempDir Path directory) {
        Path output = directory.resolve("build/registry-manifest.json");
        this.runner.withPropertyValues("object-registry.manifest.output=" + output).run((context) -> {
            RegistryManifest manifest = RegistryManifest.read(output);
            assertThat(manifest.names()).extracting(RegistryManifest.Entry::name)
                .containsExactly("shapes>Box", "shapes>Circle");
        });
    }

    @Test
    void theRunningApplicationsManifestIsComparedWithAChangedBuild() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistrymanifest")
            .run((context) -> {
                RegistryManifest deployed = RegistryManifest.fromJson(JsonMapper.shared()
                    .writeValueAsString(context.getBean(ObjectRegistryManifestEndpoint.class).manifest()));
                io.github.objectregistry.ObjectRegistry changed = new io.github.objectregistry.ObjectRegistry();
                changed.register(Shapes.Circle.class);
                assertThat(RegistryCompatibility.check(deployed, RegistryManifest.of(changed)).breaking())
                    .extracting(CompatibilityReport.Change::name).containsExactly("shapes>Box", "shapes>Square");
            });
    }

    @Test
    void noFileIsWrittenWithoutAnOutput() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(ManifestFileWriter.class));
    }

    @Test
    void configSchemasFollowTheApplicationsJsonMapper() {
        this.runner.withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE")
            .withUserConfiguration(SnakeCaseShape.class)
            .run((context) -> {
                RegistryManifest manifest = RegistryManifest.of(context.getBean(
                        io.github.objectregistry.ObjectRegistry.class), context.getBean(ConfigSchemas.class));
                assertThat(manifest.entry("shapes>Ring").configSchema().path("properties").has("inner_radius"))
                    .isTrue();
            });
    }

    @Test
    void backsOffWhenTheApplicationDefinesConfigSchemas() {
        this.runner.withUserConfiguration(UserSchemas.class)
            .run((context) -> assertThat(context).getBean(ConfigSchemas.class).isSameAs(context.getBean("mySchemas")));
    }

    @Test
    void backsOffWithoutTheManifestModule() {
        this.runner.withClassLoader(new FilteredClassLoader(RegistryManifest.class))
            .withPropertyValues("management.endpoints.web.exposure.include=objectregistrymanifest")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ConfigSchemas.class)
                .doesNotHaveBean(ObjectRegistryManifestEndpoint.class));
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shapes.class)
    static class ShapesPackage {
    }

    @Configuration(proxyBeanMethods = false)
    static class SnakeCaseShape {

        @Bean
        Object ringRegistration(io.github.objectregistry.ObjectRegistry registry) {
            return registry.register(Ring.class);
        }
    }

    @io.github.objectregistry.RegisterSerializable("shapes")
    record Ring(double innerRadius) {
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSchemas {

        @Bean
        ConfigSchemas mySchemas() {
            return new ConfigSchemas(JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE).build());
        }
    }
}
