package io.github.objectregistry.autoconfigure.kafka;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.ObjectRegistryModule;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka payloads typed by registered classes or interfaces travel as envelopes, with no type header and no
 * trusted packages: the producer writes them with {@link RegistryValueSerializer} (in place of Boot's default
 * {@code StringSerializer}; a configured {@code spring.kafka.producer.value-serializer} is left alone), and
 * {@code @KafkaListener} parameters of those types are read through the registry, inside the listener's
 * {@code @WithCustomObjects} scope. A refused record fails conversion, which Spring Kafka's error handler does
 * not retry: it reaches the container's recoverer (a dead-letter topic) and the next record is consumed.
 * {@code object-registry.kafka.enabled=false} switches all of it off.
 */
@AutoConfiguration(after = { ObjectRegistryJacksonAutoConfiguration.class, KafkaAutoConfiguration.class },
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({ KafkaTemplate.class, KafkaAutoConfiguration.class, JsonMapper.class })
@ConditionalOnBean({ ObjectRegistry.class, KafkaProperties.class })
@ConditionalOnBooleanProperty(name = "object-registry.kafka.enabled", matchIfMissing = true)
public final class ObjectRegistryKafkaAutoConfiguration {

    private static final Log logger = LogFactory.getLog(ObjectRegistryKafkaAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    RegistryKafkaPayloads registryKafkaPayloads(ObjectRegistry registry, ObjectProvider<JsonMapper> jsonMapper,
            ObjectProvider<ObjectRegistryModule> module) {
        JsonMapper base = jsonMapper.getIfAvailable(JsonMapper::new);
        boolean hasModule = base.registeredModules().stream().anyMatch(ObjectRegistryModule.class::isInstance);
        JsonMapper mapper = hasModule ? base
                : base.rebuild().addModule(module.getIfAvailable(() -> new ObjectRegistryModule(registry))).build();
        return new RegistryKafkaPayloads(registry, mapper);
    }

    @Bean
    @ConditionalOnMissingBean
    RegistryKafkaListenerConfigurer registryKafkaListenerConfigurer(ObjectRegistry registry,
            RegistryKafkaPayloads payloads, BeanFactory beanFactory) {
        return new RegistryKafkaListenerConfigurer(registry, payloads, beanFactory);
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer registryValueSerializerCustomizer(RegistryKafkaPayloads payloads) {
        return (factory) -> {
            // The effective setting: spring.kafka.producer.properties.value.serializer overrides the typed one.
            Object configured = factory.getConfigurationProperties().get(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
            if (configured != StringSerializer.class && !StringSerializer.class.getName().equals(configured)) {
                logger.debug("Kafka values keep the configured serializer " + configured
                        + "; registered objects are written as envelopes only by RegistryValueSerializer");
                return;
            }
            setValueSerializer(factory, new RegistryValueSerializer(payloads));
            logger.debug("Kafka values are written by RegistryValueSerializer: registered objects as envelopes, "
                    + "strings as StringSerializer writes them");
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void setValueSerializer(DefaultKafkaProducerFactory<?, ?> factory, Serializer<Object> serializer) {
        ((DefaultKafkaProducerFactory) factory).setValueSerializer(serializer);
    }
}
