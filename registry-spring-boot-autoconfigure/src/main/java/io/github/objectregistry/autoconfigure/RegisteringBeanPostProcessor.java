package io.github.objectregistry.autoconfigure;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.autoconfigure.RegistrationSources.Source;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Fills every {@link ObjectRegistry} bean before anything can use it: the scanned
 * {@code @RegisterSerializable} classes as classes, and every singleton bean whose class or {@code @Bean}
 * method carries {@code @RegisterSerializable} as an instance, named after the bean unless the annotation
 * names it.
 *
 * <ul>
 * <li>Before any bean is created, it fails startup if a bean of another scope (prototype, request, refresh,
 * ...) carries the annotation: each new instance would claim the same name again.</li>
 * <li>A bean whose annotation is on its class, where the registry already has that class (the scan found
 * it), is an instance of a registered class: it is written as its config, and not registered again.</li>
 * <li>It runs last among post-processors, so an advised bean is registered as the proxy that other beans
 * see.</li>
 * </ul>
 *
 * <p>The auto-configuration backs off when the application defines a bean of this type, for example a
 * subclass.
 */
public class RegisteringBeanPostProcessor
        implements BeanPostProcessor, BeanFactoryPostProcessor, BeanFactoryAware, Ordered {

    private static final Log logger = LogFactory.getLog(RegisteringBeanPostProcessor.class);

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Refuses annotated beans that are not singletons, before any of them can be created. */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getMergedBeanDefinition(beanName);
            if (!definition.isSingleton() && !definition.isAbstract()
                    && beanFactory.findAnnotationOnBean(beanName, RegisterSerializable.class, false) != null) {
                throw notASingleton(ScopedProxyUtils.isScopedTarget(beanName)
                        ? ScopedProxyUtils.getOriginalBeanName(beanName) : beanName, definition.getScope());
            }
        }
    }

    /** The bean name is the application's, not that of a scoped proxy's target. */
    private static RegistrationException notASingleton(String beanName, String scope) {
        return new RegistrationException("The bean '" + beanName + "' of scope '" + scope + "' is annotated "
                + "@RegisterSerializable, but only singleton beans are registered as instances: each new instance "
                + "of a bean of another scope would claim the same name again.", "Make '" + beanName
                + "' a singleton, or remove @RegisterSerializable from it. To register a class rather than an "
                + "instance, annotate a class that is not a bean: the scan registers it.");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof ObjectRegistry registry) {
            registerScannedTypes(registry);
            return bean;
        }
        RegisterSerializable onBeanMethod = beanMethodAnnotation(beanName);
        Class<?> type = AopUtils.getTargetClass(bean);
        if (onBeanMethod != null) {
            registerBean(bean, beanName, onBeanMethod, null);
        }
        else {
            RegisterSerializable onClass = AnnotationUtils.findAnnotation(type, RegisterSerializable.class);
            if (onClass != null) {
                registerBean(bean, beanName, onClass, type);
            }
        }
        return bean;
    }

    private void registerScannedTypes(ObjectRegistry registry) {
        long start = System.nanoTime();
        RegisteredTypes types = this.beanFactory.getBeanProvider(RegisteredTypes.class).getIfAvailable();
        if (types == null) {
            return;
        }
        List<Class<?>> classes = types.load(this.beanFactory.getBeanClassLoader());
        RegistrationSources sources = sources();
        // The registry logs each name at DEBUG itself; only the summary is logged here.
        for (Class<?> type : classes) {
            sources.record(registry.register(type), Source.SCAN);
        }
        if (logger.isInfoEnabled()) {
            logger.info("Object registry: registered " + classes.size() + " @RegisterSerializable "
                    + ((classes.size() == 1) ? "class" : "classes")
                    + (types.getPackages().isEmpty() ? "" : " found in " + types.getPackages()) + " in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
    }

    /**
     * Registers the bean as an instance in every registry.
     * @param annotatedClass the bean's class when the annotation is on it rather than on a {@code @Bean} method:
     * a registry that has this class already has the bean's registration
     */
    private void registerBean(Object bean, String beanName, RegisterSerializable annotation, Class<?> annotatedClass) {
        String name = annotation.name().isEmpty() ? beanName : annotation.name();
        RegistrationSources sources = sources();
        this.beanFactory.getBeanProvider(ObjectRegistry.class).orderedStream()
            .filter((registry) -> annotatedClass == null || !registry.isRegistered(annotatedClass))
            .forEach((registry) -> sources.record(registry.register(annotation.value(), name, bean,
                    annotation.aliases()), Source.BEAN));
    }

    /** The annotation on the {@code @Bean} method that made the bean, if any. */
    private RegisterSerializable beanMethodAnnotation(String beanName) {
        if (!this.beanFactory.containsBeanDefinition(beanName)
                || !(this.beanFactory.getMergedBeanDefinition(beanName) instanceof RootBeanDefinition definition)) {
            return null;
        }
        Method factoryMethod = definition.getResolvedFactoryMethod();
        return (factoryMethod != null) ? AnnotationUtils.findAnnotation(factoryMethod, RegisterSerializable.class)
                : null;
    }

    private RegistrationSources sources() {
        return this.beanFactory.getBeanProvider(RegistrationSources.class).getIfAvailable(RegistrationSources::new);
    }
}
