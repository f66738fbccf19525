package io.github.objectregistry.autoconfigure.actuate;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.RegistrationSources.Source;
import io.github.objectregistry.autoconfigure.actuate.ObjectRegistryEndpoint.RegisteredName;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint exists only when exposed, and describes every entry. */
class ObjectRegistryEndpointAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryEndpointAutoConfiguration.class))
        .withUserConfiguration(ShapesPackage.class);

    @Test
    void isNotAvailableUntilExposed() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(ObjectRegistryEndpoint.class));
    }

    @Test
    void isAvailableWhenExposedOverTheWeb() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistry")
            .run((context) -> assertThat(context).hasSingleBean(ObjectRegistryEndpoint.class));
    }

    @Test
    void isNotAvailableWhenAccessIsNone() {
        this.runner
            .withPropertyValues("management.endpoints.web.exposure.include=objectregistry",
                    "management.endpoint.objectregistry.access=NONE")
            .run((context) -> assertThat(context).doesNotHaveBean(ObjectRegistryEndpoint.class));
    }

    @Test
    void listsEveryEntryWithKindTypeAliasesAndSource() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistry").run((context) -> {
            context.getBean(ObjectRegistry.class).register("manual", "builder", new StringBuilder());
            ObjectRegistryEndpoint endpoint = context.getBean(ObjectRegistryEndpoint.class);
            assertThat(endpoint.registeredNames().names()).containsExactly(
                    new RegisteredName("manual>builder", Registration.Kind.INSTANCE, StringBuilder.class.getName(),
                            java.util.List.of(), Source.MANUAL, 1),
                    new RegisteredName("shapes>Box", Registration.Kind.CLASS, Shapes.Square.class.getName(),
                            java.util.List.of("shapes>Square"), Source.SCAN, 1),
                    new RegisteredName("shapes>Circle", Registration.Kind.CLASS, Shapes.Circle.class.getName(),
                            java.util.List.of(), Source.SCAN, 1));
        });
    }

    @Test
    void selectorFindsAnEntryByNameOrAliasAndNothingForUnknownNames() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistry").run((context) -> {
            ObjectRegistryEndpoint endpoint = context.getBean(ObjectRegistryEndpoint.class);
            assertThat(endpoint.registeredName("shapes>Square").name()).isEqualTo("shapes>Box");
            assertThat(endpoint.registeredName("shapes>Nope")).isNull();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheEndpoint() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistry")
            .withUserConfiguration(UserEndpoint.class)
            .run((context) -> assertThat(context).getBean(ObjectRegistryEndpoint.class)
                .isSameAs(context.getBean("myEndpoint")));
    }

    @Test
    void backsOffWithoutARegistry() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=objectregistry")
            .run((context) -> assertThat(context).doesNotHaveBean(ObjectRegistryEndpoint.class));
    }

    @Test
    void backsOffWithoutActuator() {
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=objectregistry")
            .withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
            .run((context) -> assertThat(context).doesNotHaveBean(ObjectRegistryEndpoint.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserEndpoint {

        @org.springframework.context.annotation.Bean
        ObjectRegistryEndpoint myEndpoint(ObjectRegistry registry) {
            return new ObjectRegistryEndpoint(registry, new io.github.objectregistry.autoconfigure.RegistrationSources());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shapes.class)
    static class ShapesPackage {
    }
}
