package io.github.objectregistry.autoconfigure.jackson;

import java.util.LinkedHashSet;
import java.util.Set;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.autoconfigure.ObjectRegistryScanPackages;
import io.github.objectregistry.json.ObjectRegistryModule;
import io.github.objectregistry.json.RefusedReadListener;
import io.github.objectregistry.json.RegistrySerializer;
import io.github.objectregistry.json.RegistrySerializerObserver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
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
 *
 * <p>The module reads envelopes for registered classes and for the application's own base types: interfaces
 * and abstract classes with a registered implementation, or in the packages the registry scans (the
 * {@code @SpringBootApplication} package, {@code @ObjectRegistryScan}, {@code object-registry.scan.base-packages})
 * or names in {@code object-registry.json.base-packages}. Every other type is left to Jackson and to the
 * application's other modules. A value declared as a registered concrete class may also be read from its bare
 * config, as {@code @RequestBody Discount} with {@code {"percent": 5}}.
 *
 * <p>{@link RefusedReadListener} beans are told of every refused read, by the module and the serializer; a
 * {@link RegistrySerializerObserver} bean runs around the serializer's reads and writes.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class)
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.json.enabled", matchIfMissing = true)
public final class ObjectRegistryJacksonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ObjectRegistryModule objectRegistryModule(ObjectRegistry registry, ObjectRegistryProperties properties,
            BeanFactory beanFactory, ObjectProvider<RefusedReadListener> refusedReadListeners) {
        Set<String> packages = new LinkedHashSet<>();
        if (AutoConfigurationPackages.has(beanFactory)) {
            packages.addAll(AutoConfigurationPackages.get(beanFactory));
        }
        packages.addAll(ObjectRegistryScanPackages.get(beanFactory));
        packages.addAll(properties.getScan().getBasePackages());
        packages.addAll(properties.getJson().getBasePackages());
        ObjectRegistryModule.Builder module = ObjectRegistryModule.builder(registry).basePackages(packages)
            .readBareConfigs(true)
            .writeModule(properties.getJson().isWriteModule());
        refusedReadListeners.orderedStream().forEach(module::refusedReadListener);
        return module.build();
    }

    @Bean
    @ConditionalOnMissingBean
    RegistrySerializer registrySerializer(ObjectRegistry registry, ObjectRegistryProperties properties,
            ObjectProvider<RefusedReadListener> refusedReadListeners,
            ObjectProvider<RegistrySerializerObserver> observer) {
        RegistrySerializer.Builder serializer = RegistrySerializer.builder(registry)
            .limits(properties.getJson().toReadLimits())
            .writeModule(properties.getJson().isWriteModule());
        refusedReadListeners.orderedStream().forEach(serializer::refusedReadListener);
        observer.ifUnique(serializer::observer);
        return serializer.build();
    }
}
