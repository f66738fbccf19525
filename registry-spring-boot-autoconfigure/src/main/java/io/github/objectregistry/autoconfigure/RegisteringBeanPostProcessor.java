package io.github.objectregistry.autoconfigure;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.RegistrationSources.Source;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Fills every {@link ObjectRegistry} bean before anything can use it: the scanned
 * {@code @RegisterSerializable} classes as classes, and every bean whose class or {@code @Bean} method carries
 * {@code @RegisterSerializable} as an instance, named after the bean unless the annotation names it.
 *
 * <p>It runs last among post-processors, so an advised bean is registered as the proxy that other beans see.
 */
class RegisteringBeanPostProcessor implements BeanPostProcessor, BeanFactoryAware, Ordered {

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

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof ObjectRegistry registry) {
            registerScannedTypes(registry);
            return bean;
        }
        RegisterSerializable annotation = findAnnotation(bean, beanName);
        if (annotation != null) {
            registerBean(bean, beanName, annotation);
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
        for (Class<?> type : classes) {
            String name = registry.register(type);
            sources.record(name, Source.SCAN);
            if (logger.isDebugEnabled()) {
                logger.debug("Registered class " + type.getName() + " as '" + name + "'");
            }
        }
        if (logger.isInfoEnabled()) {
            logger.info("Object registry: registered " + classes.size() + " @RegisterSerializable "
                    + ((classes.size() == 1) ? "class" : "classes")
                    + (types.getPackages().isEmpty() ? "" : " found in " + types.getPackages()) + " in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
    }

    private void registerBean(Object bean, String beanName, RegisterSerializable annotation) {
        String name = annotation.name().isEmpty() ? beanName : annotation.name();
        RegistrationSources sources = sources();
        this.beanFactory.getBeanProvider(ObjectRegistry.class).orderedStream().forEach((registry) -> {
            String registered = registry.register(annotation.value(), name, bean, annotation.aliases());
            sources.record(registered, Source.BEAN);
            if (logger.isDebugEnabled()) {
                logger.debug("Registered bean '" + beanName + "' as '" + registered + "'");
            }
        });
    }

    /** The annotation on the bean's class or on the {@code @Bean} method that made it. */
    private RegisterSerializable findAnnotation(Object bean, String beanName) {
        if (this.beanFactory.containsBeanDefinition(beanName)) {
            return this.beanFactory.findAnnotationOnBean(beanName, RegisterSerializable.class);
        }
        return AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean), RegisterSerializable.class);
    }

    private RegistrationSources sources() {
        return this.beanFactory.getBeanProvider(RegistrationSources.class).getIfAvailable(RegistrationSources::new);
    }
}
