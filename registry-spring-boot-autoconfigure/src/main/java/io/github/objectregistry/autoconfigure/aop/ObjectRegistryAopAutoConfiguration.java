package io.github.objectregistry.autoconfigure.aop;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.autoconfigure.reactor.ObjectRegistryReactorAutoConfiguration;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import org.aspectj.weaver.Advice;
import org.springframework.aop.aspectj.annotation.AnnotationAwareAspectJAutoProxyCreator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;

/**
 * Applies {@link io.github.objectregistry.WithCustomObjects @WithCustomObjects} through
 * {@link WithCustomObjectsAspect} when AspectJ is present (the starter brings it), to {@code Mono} and
 * {@code Flux} results too when Reactor is.
 */
@AutoConfiguration(after = { ObjectRegistryAutoConfiguration.class, AopAutoConfiguration.class,
        ObjectRegistryReactorAutoConfiguration.class })
@ConditionalOnClass(Advice.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.aop.enabled", matchIfMissing = true)
public final class ObjectRegistryAopAutoConfiguration {

    /**
     * The aspect, applied through an advisor that creates it lazily: its AspectJ pointcuts would be matched against
     * every method of every bean at start-up (see {@link WithCustomObjectsPointcut}). An aspect or advisor of the
     * application's replaces it. Spring creates advisors while it is still registering bean post-processors, so
     * this one is infrastructure, made by a static method, and reads its order from the environment rather than
     * from the properties bean: nothing of the application's is created early on its account. It is defined only
     * where AspectJ auto-proxying is on ({@code spring.aop.auto}, or {@code @EnableAspectJAutoProxy}), which is
     * what applied the aspect: an infrastructure advisor would otherwise also be applied by the proxy creator
     * that {@code @EnableTransactionManagement} registers on its own.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    @ConditionalOnBean(AnnotationAwareAspectJAutoProxyCreator.class)
    @ConditionalOnMissingBean({ WithCustomObjectsAdvisor.class, WithCustomObjectsAspect.class })
    static WithCustomObjectsAdvisor withCustomObjectsAdvisor(ObjectProvider<ObjectRegistry> registry,
            ConfigurableListableBeanFactory beanFactory, Environment environment,
            ObjectProvider<ReactorScopeKey> reactorKey) {
        int order = Binder.get(environment)
            .bindOrCreate("object-registry.aop", ObjectRegistryProperties.Aop.class)
            .getOrder();
        // The registry is fetched at the first advised call: see WithCustomObjectsAdvisor.
        return new WithCustomObjectsAdvisor(order, () -> new WithCustomObjectsAspect(registry.getObject(),
                beanFactory, order, reactorKey.getIfAvailable()));
    }

    @Bean
    @ConditionalOnMissingBean
    WithCustomObjectsBeanCheck withCustomObjectsBeanCheck(ConfigurableListableBeanFactory beanFactory) {
        return new WithCustomObjectsBeanCheck(beanFactory);
    }
}
