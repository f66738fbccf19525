package io.github.objectregistry.autoconfigure.actuate;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.RegistrationSources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code objectregistry} actuator endpoint. Like Boot's own endpoints it exists only once it is
 * available: access allowed and exposed, for example with
 * {@code management.endpoints.web.exposure.include=health,objectregistry}.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class)
@ConditionalOnClass({ ObjectRegistryEndpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnAvailableEndpoint(ObjectRegistryEndpoint.class)
public final class ObjectRegistryEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ObjectRegistryEndpoint objectRegistryEndpoint(ObjectRegistry registry,
            ObjectProvider<RegistrationSources> sources) {
        return new ObjectRegistryEndpoint(registry, sources.getIfAvailable(RegistrationSources::new));
    }
}
