package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.WithCustomObjects;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;

/**
 * The objects a {@link WithCustomObjects} annotation names, as the map its scope holds. One definition for every
 * place that applies the annotation (the aspect, the test support, a Kafka listener whose payload is read before
 * the aspect runs), so each sees exactly what a call would. Needs no AspectJ.
 *
 * <pre>{@code
 * Map<String, Object> objects = AnnotatedCustomObjects.resolve(annotation, registry, beanFactory);
 * try (CustomObjectScope scope = registry.customObjectScope(objects)) { ... }
 * }</pre>
 */
public final class AnnotatedCustomObjects {

    private AnnotatedCustomObjects() {
    }

    /**
     * Classes first, then explicit pairs, then beans: later entries win, as later maps of a scope do.
     * @param annotation the annotation
     * @param registry the registry whose registered names the classes and beans go under
     * @param beanFactory resolves bean names; may be {@code null} where there is none, and then an annotation
     * that names a bean is an error saying so
     * @return an immutable map of name to class or bean
     */
    public static Map<String, Object> resolve(WithCustomObjects annotation, ObjectRegistry registry,
            BeanFactory beanFactory) {
        Map<String, Object> objects = new LinkedHashMap<>();
        for (Class<?> type : annotation.value()) {
            objects.put(nameOf(type, registry), type);
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
     * A class's name in the scope: its name in this registry; else, if it carries {@link RegisterSerializable},
     * the name that annotation gives (so a class registered only elsewhere, or not yet, is still found under the
     * name its documents carry); else its simple name, as Keras names a custom object by {@code __name__}.
     */
    private static String nameOf(Class<?> type, ObjectRegistry registry) {
        String registered = registry.findRegisteredName(type);
        if (registered != null) {
            return registered;
        }
        return type.isAnnotationPresent(RegisterSerializable.class) ? ObjectRegistry.annotatedName(type)
                : registry.getRegisteredName(type);
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
            throw new IllegalStateException("@WithCustomObjects names bean '" + beanName + "', but there is no "
                    + "BeanFactory to find it in. Pass the application's BeanFactory to the aspect's constructor.");
        }
        return beanFactory;
    }
}
