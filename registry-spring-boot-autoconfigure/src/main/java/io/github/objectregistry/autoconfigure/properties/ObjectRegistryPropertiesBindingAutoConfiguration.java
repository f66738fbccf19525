package io.github.objectregistry.autoconfigure.properties;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.RegistrySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@code @ConfigurationProperties} values typed by registered interfaces or classes bind from envelopes written
 * in YAML or properties; see {@link EnvelopeBindHandler}. The registry and its serializer are looked up only
 * when such a property is bound, since the advisor is needed before most beans exist.
 *
 * <pre>{@code
 * app:
 *   rule:
 *     registered-name: pricing>Discount
 *     config:
 *       percent: 5
 * }</pre>
 */
@AutoConfiguration(after = { ObjectRegistryAutoConfiguration.class, ObjectRegistryJacksonAutoConfiguration.class })
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.properties.enabled", matchIfMissing = true)
public final class ObjectRegistryPropertiesBindingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "objectRegistryBindHandlerAdvisor")
    static ConfigurationPropertiesBindHandlerAdvisor objectRegistryBindHandlerAdvisor(
            ObjectProvider<ObjectRegistry> registry, ObjectProvider<RegistrySerializer> serializer,
            Environment environment) {
        return (parent) -> new EnvelopeBindHandler(parent, registry::getObject,
                () -> serializer.getIfAvailable(() -> new RegistrySerializer(registry.getObject())),
                ConfigurationPropertySources.get(environment));
    }
}
