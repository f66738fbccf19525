package io.github.objectregistry.autoconfigure.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.objectregistry.ObjectRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.GenericMessageConverter;

/**
 * Gives {@code @KafkaListener} methods a handler method factory that reads parameters typed by registered
 * classes or interfaces from their envelopes ({@link RegistryPayloadMessageConverter}), inside the method's
 * {@code @WithCustomObjects} scope ({@link ScopedKafkaMessageHandlerMethodFactory}). Every other parameter is
 * converted as Spring Kafka's default factory does: the application's {@code Converter} and {@code Formatter}
 * beans, bytes read as UTF-8 text or as big-endian numbers. A handler method factory that the application set on
 * the registrar itself is kept.
 */
public class RegistryKafkaListenerConfigurer implements KafkaListenerConfigurer {

    private static final Log logger = LogFactory.getLog(RegistryKafkaListenerConfigurer.class);

    private final ObjectRegistry registry;

    private final RegistryKafkaPayloads payloads;

    private final BeanFactory beanFactory;

    /**
     * Creates the configurer.
     * @param registry the context's registry
     * @param payloads reads the envelopes
     * @param beanFactory resolves the beans that {@code @WithCustomObjects} names
     */
    public RegistryKafkaListenerConfigurer(ObjectRegistry registry, RegistryKafkaPayloads payloads,
            BeanFactory beanFactory) {
        this.registry = registry;
        this.payloads = payloads;
        this.beanFactory = beanFactory;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        if (registrar.getMessageHandlerMethodFactory() != null) {
            logger.debug("@KafkaListener parameters are read by the application's own handler method factory; "
                    + "add RegistryPayloadMessageConverter to it to read envelopes through the registry");
            return;
        }
        ScopedKafkaMessageHandlerMethodFactory factory = new ScopedKafkaMessageHandlerMethodFactory(this.registry,
                this.beanFactory);
        // What Spring Kafka's default factory converts with: the application's converters and formatters, bytes
        // as UTF-8 text, and bytes as big-endian numbers.
        DefaultFormattingConversionService conversionService = new DefaultFormattingConversionService();
        if (this.beanFactory instanceof ListableBeanFactory beans) {
            ApplicationConversionService.addBeans(conversionService, beans);
        }
        conversionService.addConverter(byte[].class, String.class,
                (bytes) -> new String(bytes, StandardCharsets.UTF_8));
        conversionService.addConverter(new BytesToNumberConverter());
        factory.setBeanFactory(this.beanFactory);
        factory.setConversionService(conversionService);
        factory.setMessageConverter(new CompositeMessageConverter(List.of(
                new RegistryPayloadMessageConverter(this.payloads), new GenericMessageConverter(conversionService))));
        if (registrar.getValidator() != null) {
            factory.setValidator(registrar.getValidator());
        }
        factory.setCustomArgumentResolvers(registrar.getCustomMethodArgumentResolvers());
        factory.afterPropertiesSet();
        registrar.setMessageHandlerMethodFactory(factory);
        logger.debug("@KafkaListener parameters typed by registered classes or their base types are read as "
                + "envelopes through the registry, inside the listener's @WithCustomObjects scope");
    }
}
