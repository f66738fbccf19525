package io.github.objectregistry.autoconfigure.jackson;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.json.ObjectRegistryModule;
import io.github.objectregistry.json.RegistrySerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Keras envelopes with the application's Jackson: {@link ObjectRegistryModule} is a
 * {@code JacksonModule} bean, which Spring Boot adds to its {@code JsonMapper} (and so to
 * {@code @RequestBody} and {@code @ResponseBody}). Also provides the strict {@link RegistrySerializer}.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class)
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.json.enabled", matchIfMissing = true)
public final class ObjectRegistryJacksonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ObjectRegistryModule objectRegistryModule(ObjectRegistry registry) {
        return new ObjectRegistryModule(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    RegistrySerializer registrySerializer(ObjectRegistry registry, ObjectRegistryProperties properties) {
        return new RegistrySerializer(registry, properties.getJson().toReadLimits());
    }
}
