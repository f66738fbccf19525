package io.github.objectregistry.autoconfigure.metrics;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.json.RegistrySerializer;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observes the application's {@link RegistrySerializer} bean's reads and writes
 * ({@link RegistrySerializerObservations}) when the application has an {@link ObservationRegistry}, as Boot's
 * actuator provides. A serializer the application builds itself is observed when it passes the
 * {@link RegistrySerializerObservations} bean to {@code RegistrySerializer.builder(registry).observer(...)}.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ObservationRegistry.class, RegistrySerializer.class, JsonMapper.class })
@ConditionalOnBean({ ObjectRegistry.class, ObservationRegistry.class })
public final class ObjectRegistryObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RegistrySerializerObservations registrySerializerObservations(ObservationRegistry observations) {
        return new RegistrySerializerObservations(observations);
    }
}
