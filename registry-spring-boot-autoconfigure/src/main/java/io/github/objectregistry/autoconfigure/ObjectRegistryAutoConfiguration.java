package io.github.objectregistry.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.objectregistry.ObjectRegistry;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * Auto-configuration of the {@link ObjectRegistry}: one registry per application context, filled at
 * startup with the {@code @RegisterSerializable} classes of the application's packages and its annotated
 * beans. It never uses {@link ObjectRegistry#global()}, so contexts in one JVM share nothing.
 */
@AutoConfiguration
@EnableConfigurationProperties(ObjectRegistryProperties.class)
public final class ObjectRegistryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ObjectRegistry objectRegistry(ObjectRegistryProperties properties) {
        return new ObjectRegistry(properties.getOnConflict());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "object-registry.scan.enabled", matchIfMissing = true)
    RegisteredTypes objectRegistryRegisteredTypes(ApplicationContext context, ObjectRegistryProperties properties) {
        Set<String> packages = new LinkedHashSet<>();
        if (AutoConfigurationPackages.has(context)) {
            packages.addAll(AutoConfigurationPackages.get(context));
        }
        packages.addAll(ObjectRegistryScanPackages.get(context));
        packages.addAll(properties.getScan().getBasePackages());
        return RegisteredTypes.find(context.getEnvironment(), context, List.copyOf(packages),
                properties.getScan().isUseIndex());
    }

    @Bean
    @ConditionalOnMissingBean
    RegistrationSources objectRegistrationSources() {
        return new RegistrationSources();
    }

    @Bean
    @ConditionalOnMissingBean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static RegisteringBeanPostProcessor objectRegistryRegisteringBeanPostProcessor() {
        return new RegisteringBeanPostProcessor();
    }
}
