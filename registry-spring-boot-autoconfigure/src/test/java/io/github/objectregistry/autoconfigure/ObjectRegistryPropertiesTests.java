package io.github.objectregistry.autoconfigure;

import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Properties that cannot be used as they are fail with an error naming the property. */
class ObjectRegistryPropertiesTests {

    @Test
    void maxStringLengthAboveTwoGigabytesIsRefusedNamingTheProperty() {
        ObjectRegistryProperties.Json json = new ObjectRegistryProperties().getJson();
        json.setMaxStringLength(DataSize.ofGigabytes(3));
        assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class).isThrownBy(json::toReadLimits)
            .satisfies((ex) -> assertThat(ex.getName()).isEqualTo("object-registry.json.max-string-length"))
            .withMessageContaining("with value '3221225472B' is invalid")
            .withMessageContaining("at most 2147483647 bytes")
            .withMessageContaining("Set a smaller size");
    }

    @Test
    void maxStringLengthOfExactlyTheLargestIntIsAccepted() {
        ObjectRegistryProperties.Json json = new ObjectRegistryProperties().getJson();
        json.setMaxStringLength(DataSize.ofBytes(Integer.MAX_VALUE));
        assertThat(json.toReadLimits().maxStringLength()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void startupFailsNamingTheProperty() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                    ObjectRegistryJacksonAutoConfiguration.class))
            .withPropertyValues("object-registry.json.max-string-length=3GB")
            .run((context) -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("object-registry.json.max-string-length"));
    }
}
