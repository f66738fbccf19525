package io.github.objectregistry.autoconfigure.manifest;

import java.nio.file.Path;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.manifest.ConfigSchemas;
import io.github.objectregistry.manifest.RegistryManifest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's manifest, when {@code registry-manifest} is on the classpath: served by the
 * {@code objectregistrymanifest} actuator endpoint (once exposed), and written to the file that
 * {@code object-registry.manifest.output} names at start-up. Config schemas follow the application's
 * {@code JsonMapper}, so its naming strategy shows in them.
 */
@AutoConfiguration(after = ObjectRegistryJacksonAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({ RegistryManifest.class, JsonMapper.class })
@ConditionalOnBean(ObjectRegistry.class)
public final class ObjectRegistryManifestAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConfigSchemas registryConfigSchemas(ObjectProvider<JsonMapper> jsonMapper) {
        return new ConfigSchemas(jsonMapper.getIfAvailable(JsonMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("object-registry.manifest.output")
    ManifestFileWriter registryManifestFileWriter(ObjectRegistry registry, ConfigSchemas schemas,
            @Value("${object-registry.manifest.output}") Path output) {
        return new ManifestFileWriter(registry, schemas, output);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
    @ConditionalOnAvailableEndpoint(ObjectRegistryManifestEndpoint.class)
    static class ManifestEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ObjectRegistryManifestEndpoint objectRegistryManifestEndpoint(ObjectRegistry registry,
                ConfigSchemas schemas) {
            return new ObjectRegistryManifestEndpoint(registry, schemas);
        }
    }
}
