package io.github.objectregistry.autoconfigure.versions;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.actuate.ObjectRegistryEndpoint;
import io.github.objectregistry.autoconfigure.actuate.ObjectRegistryEndpointAutoConfiguration;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.ConfigVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** DESIGN §4.7 in a Boot application: the application's JsonMapper migrates, and the endpoint shows versions. */
class ConfigVersionsBootTests {

    /** The application's base type. */
    interface PricingRule {
    }

    /** Version 1 stored {@code {"percent": 5}}; version 2 says what the number is. */
    @RegisterSerializable(value = "pricing", version = 2)
    record Discount(double amount, String unit) implements PricingRule {

        @ConfigMigration(from = 1)
        static ObjectNode percentToAmount(ObjectNode config) {
            config.set("amount", config.remove("percent"));
            config.put("unit", "percent");
            return config;
        }
    }

    private static final String STORED_V1 = "{\"class_name\":\"Discount\",\"registered_name\":\"pricing>Discount\","
            + "\"config\":{\"percent\":5}}";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ObjectRegistryAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class, ObjectRegistryEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=objectregistry")
        .withUserConfiguration(ApplicationPackage.class);

    @Test
    void bootsJsonMapperReadsAStoredVersionOneDocumentThroughTheMigration() {
        this.runner.run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            assertThat(mapper.readValue(STORED_V1, PricingRule.class)).isEqualTo(new Discount(5, "percent"));
            assertThat(mapper.readValue(STORED_V1, Discount.class)).isEqualTo(new Discount(5, "percent"));
        });
    }

    @Test
    void bootsJsonMapperWritesTheVersionAndRefusesANewerOne() {
        this.runner.run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            assertThat(mapper.writeValueAsString(new Discount(5, "percent"))).contains("\"config_version\":2,\"config\":");
            String newer = STORED_V1.replace("\"config\"", "\"config_version\":4,\"config\"");
            assertThatExceptionOfType(ConfigVersionException.class)
                .isThrownBy(() -> mapper.readValue(newer, PricingRule.class))
                .withMessageContaining("written by a newer deployment");
        });
    }

    @Test
    void theEndpointShowsEachNamesVersion() {
        this.runner.run((context) -> {
            ObjectRegistryEndpoint endpoint = context.getBean(ObjectRegistryEndpoint.class);
            assertThat(endpoint.registeredName("pricing>Discount").version()).isEqualTo(2);
            assertThat(endpoint.registeredNames().names()).extracting(ObjectRegistryEndpoint.RegisteredName::version)
                .containsExactly(2);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = ConfigVersionsBootTests.class)
    static class ApplicationPackage {
    }
}
