package io.github.objectregistry.autoconfigure.jackson;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import io.github.objectregistry.json.ObjectRegistryModule;
import io.github.objectregistry.json.ReadLimits;
import io.github.objectregistry.json.RegistrySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Boot's JsonMapper reads and writes envelopes through the module bean. */
class ObjectRegistryJacksonAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class, JacksonAutoConfiguration.class))
        .withUserConfiguration(ShapesPackage.class);

    @Test
    void bootsJsonMapperReadsAndWritesEnvelopes() {
        this.runner.run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String json = mapper.writeValueAsString(new Shapes.Circle(2));
            assertThat(json).startsWith("{\"class_name\":\"Circle\"").contains("\"registered_name\":\"shapes>Circle\"");
            assertThat(mapper.readValue(json, Shapes.Shape.class)).isEqualTo(new Shapes.Circle(2));
        });
    }

    @Test
    void envelopesCarryModuleUnlessWriteModuleIsOff() {
        this.runner.run((context) -> {
            assertThat(context.getBean(JsonMapper.class).writeValueAsString(new Shapes.Circle(2)))
                .contains("\"module\":\"" + Shapes.class.getPackageName() + "\"");
            assertThat(context.getBean(RegistrySerializer.class).serialize(new Shapes.Circle(2)).has("module")).isTrue();
        });
        this.runner.withPropertyValues("object-registry.json.write-module=false").run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String json = mapper.writeValueAsString(new Shapes.Circle(2));
            assertThat(json).doesNotContain("module").contains("\"registered_name\":\"shapes>Circle\"");
            assertThat(mapper.readValue(json, Shapes.Shape.class)).isEqualTo(new Shapes.Circle(2));
            RegistrySerializer serializer = context.getBean(RegistrySerializer.class);
            assertThat(serializer.serialize(new Shapes.Circle(2)).has("module")).isFalse();
            assertThat(serializer.serialize(new Shapes.Circle(2)).has("registered_name")).isTrue();
        });
    }

    @Test
    void moduleUsesTheContextsRegistry() {
        this.runner.run((context) -> assertThat(context.getBean(ObjectRegistryModule.class).getRegistry())
            .isSameAs(context.getBean(ObjectRegistry.class)));
    }

    @Test
    void serializerLimitsComeFromProperties() {
        this.runner.withPropertyValues("object-registry.json.max-nesting-depth=12",
                "object-registry.json.max-document-length=2MB", "object-registry.json.max-string-length=64KB",
                "object-registry.json.max-token-count=5000")
            .run((context) -> assertThat(context.getBean(RegistrySerializer.class).getLimits())
                .isEqualTo(new ReadLimits(12, 2 * 1024 * 1024, 64 * 1024, 5000)));
    }

    @Test
    void defaultSerializerLimitsAreTheLibraryDefaults() {
        this.runner.run((context) -> assertThat(context.getBean(RegistrySerializer.class).getLimits())
            .isEqualTo(ReadLimits.DEFAULTS));
    }

    @Test
    void backsOffWhenDisabled() {
        this.runner.withPropertyValues("object-registry.json.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(ObjectRegistryModule.class).doesNotHaveBean(RegistrySerializer.class);
            JsonMapper mapper = context.getBean(JsonMapper.class);
            assertThat(mapper.writeValueAsString(new Shapes.Circle(2))).isEqualTo("{\"radius\":2.0}");
        });
    }

    @Test
    void everyAutoConfigurationOfTheStarterStartsWithJacksonAbsent() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(starterAutoConfigurations()))
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    TaskExecutionAutoConfiguration.class))   // binds @ConfigurationProperties of its own
            .withUserConfiguration(ShapesPackage.class)
            .withBean(ObservationRegistry.class, ObservationRegistry::create)
            .withClassLoader(new FilteredClassLoader("tools.jackson"))
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(ObjectRegistry.class)
                    .hasBean("applicationTaskExecutor");
                // Beans whose classes link Jackson would fail at their first use, not here: they must not exist.
                assertThat(context).doesNotHaveBean("objectRegistryBindHandlerAdvisor")
                    .doesNotHaveBean("registrySerializerObservations");
                assertThat(context).doesNotHaveBean(ObjectRegistryModule.class)
                    .doesNotHaveBean(RegistrySerializer.class)
                    .doesNotHaveBean(JsonMapper.class);
                assertThat(context.getBean(ObjectRegistry.class).getRegisteredObject("shapes>Circle"))
                    .isEqualTo(Shapes.Circle.class);
            });
    }

    /** Every auto-configuration the starter lists, as Boot would load them. */
    private static Class<?>[] starterAutoConfigurations() {
        ClassLoader classLoader = ObjectRegistryJacksonAutoConfigurationTests.class.getClassLoader();
        return ImportCandidates.load(AutoConfiguration.class, classLoader)
            .getCandidates()
            .stream()
            .filter((name) -> name.startsWith("io.github.objectregistry."))
            .map((name) -> ClassUtils.resolveClassName(name, classLoader))
            .toArray(Class<?>[]::new);
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheModule() {
        this.runner.withUserConfiguration(UserModule.class).run((context) -> {
            assertThat(context).hasSingleBean(ObjectRegistryModule.class);
            assertThat(context.getBean(ObjectRegistryModule.class)).isSameAs(context.getBean("myModule"));
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheSerializer() {
        this.runner.withUserConfiguration(UserSerializer.class).run((context) -> {
            assertThat(context).hasSingleBean(RegistrySerializer.class);
            assertThat(context.getBean(RegistrySerializer.class).getLimits().maxNestingDepth()).isEqualTo(7);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSerializer {

        @Bean
        RegistrySerializer mySerializer(ObjectRegistry registry) {
            return new RegistrySerializer(registry, ReadLimits.DEFAULTS.withMaxNestingDepth(7));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shapes.class)
    static class ShapesPackage {
    }

    @Configuration(proxyBeanMethods = false)
    static class UserModule {

        @Bean
        ObjectRegistryModule myModule(ObjectRegistry registry) {
            return new ObjectRegistryModule(registry);
        }
    }
}
