package io.github.objectregistry.autoconfigure.properties;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.RegistrySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

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
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.properties.enabled", matchIfMissing = true)
public final class ObjectRegistryPropertiesBindingAutoConfiguration {

    /** Infrastructure: Boot's binding post-processor asks for it while post-processors are being registered. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    @ConditionalOnMissingBean(name = "objectRegistryBindHandlerAdvisor")
    static ConfigurationPropertiesBindHandlerAdvisor objectRegistryBindHandlerAdvisor(
            ObjectProvider<ObjectRegistry> registry, ObjectProvider<RegistrySerializer> serializer,
            Environment environment, ConfigurableListableBeanFactory beanFactory) {
        return (parent) -> new EnvelopeBindHandler(parent, () -> complete(registry.getObject(), beanFactory),
                () -> serializer.getIfAvailable(() -> new RegistrySerializer(registry.getObject())),
                ConfigurationPropertySources.get(environment));
    }

    /**
     * The registry with every {@code @RegisterSerializable} bean in it. Such beans are registered as instances
     * when they are created, and a properties bean may be bound before them: an envelope in the configuration
     * that names one (a layer's {@code activation: sample>tanh}) would then be an unknown name. A bean that is
     * being created right now is left alone: asking for it again would be a cycle, and it cannot be named by the
     * properties it is itself being bound from.
     */
    private static ObjectRegistry complete(ObjectRegistry registry, ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanNamesForAnnotation(RegisterSerializable.class)) {
            if (beanFactory.isSingleton(name) && !beanFactory.isCurrentlyInCreation(name)) {
                beanFactory.getBean(name);
            }
        }
        return registry;
    }
}
