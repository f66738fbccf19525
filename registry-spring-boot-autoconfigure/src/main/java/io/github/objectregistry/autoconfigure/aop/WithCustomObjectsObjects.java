package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;

/**
 * What a {@link WithCustomObjects} annotation puts in its scope. Shared by the aspect and by integrations that
 * open the same scope earlier than the aspect can, such as a Kafka listener whose payload is read before its
 * method is called. Needs no AspectJ.
 */
public final class WithCustomObjectsObjects {

    private WithCustomObjectsObjects() {
    }

    /**
     * Classes first, then explicit pairs, then beans: later entries win, as later maps of a scope do.
     * @param annotation the annotation
     * @param registry names the classes and beans by their registered names
     * @param beanFactory resolves {@link WithCustomObjects#beans()}; may be {@code null} if no bean is named
     * @return the scope's objects, by name
     */
    public static Map<String, Object> of(WithCustomObjects annotation, ObjectRegistry registry,
            BeanFactory beanFactory) {
        Map<String, Object> objects = new LinkedHashMap<>();
        for (Class<?> type : annotation.value()) {
            objects.put(registry.getRegisteredName(type), type);
        }
        for (CustomObject object : annotation.objects()) {
            objects.put(object.name(), object.bean().isEmpty() ? object.type()
                    : requireBeanFactory(beanFactory, object.bean()).getBean(object.bean()));
        }
        for (String beanName : annotation.beans()) {
            Object bean = requireBeanFactory(beanFactory, beanName).getBean(beanName);
            String registeredName = registry.findRegisteredName(bean);
            objects.put((registeredName != null) ? registeredName : beanName, bean);
        }
        return Map.copyOf(objects);
    }

    /**
     * The annotation that applies to calls of {@code method} on {@code targetClass}: that of the method that
     * runs (an interface method resolves to its implementation), or else its type's.
     * @param method the method called
     * @param targetClass the class of the object called
     * @return the annotation, or {@code null} if neither carries one
     */
    public static WithCustomObjects find(Method method, Class<?> targetClass) {
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        WithCustomObjects annotation = specific.getAnnotation(WithCustomObjects.class);
        return (annotation != null) ? annotation : specific.getDeclaringClass().getAnnotation(WithCustomObjects.class);
    }

    private static BeanFactory requireBeanFactory(BeanFactory beanFactory, String beanName) {
        if (beanFactory == null) {
            throw new IllegalStateException("@WithCustomObjects names bean '" + beanName + "', but this aspect was "
                    + "created without a BeanFactory. Pass the application's BeanFactory to its constructor.");
        }
        return beanFactory;
    }
}
