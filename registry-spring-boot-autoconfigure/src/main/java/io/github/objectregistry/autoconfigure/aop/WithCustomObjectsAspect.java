package io.github.objectregistry.autoconfigure.aop;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.Ordered;

/**
 * Runs each call of a {@link WithCustomObjects}-annotated method, or of any method of an annotated type,
 * inside a {@link CustomObjectScope}, closed in {@code finally}. A method's own annotation wins over its
 * type's, and a call is advised once.
 *
 * <p>Spring only: usable without Spring Boot, and testable with {@code AspectJProxyFactory}.
 */
@Aspect
public class WithCustomObjectsAspect implements Ordered {

    private final ObjectRegistry registry;

    private final BeanFactory beanFactory;

    private final int order;

    /** Entries beyond this many stop the identity cache from growing, should a proxy ever hand out copies. */
    private static final int MAX_CACHED = 4_096;

    /**
     * The objects of each annotation whose beans are all singletons, resolved once, keyed by identity:
     * an annotation's own {@code hashCode} and {@code equals} are reflective and far too slow for every call.
     * Copied on write, so reads take no lock.
     */
    private volatile Map<WithCustomObjects, Map<String, Object>> resolved = new IdentityHashMap<>();

    /**
     * Creates the aspect.
     * @param registry the registry whose scopes are opened
     * @param beanFactory resolves the names in {@link WithCustomObjects#beans()}; may be {@code null} if no
     * annotation names beans
     * @param order the aspect's order among other advice
     */
    public WithCustomObjectsAspect(ObjectRegistry registry, BeanFactory beanFactory, int order) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.beanFactory = beanFactory;
        this.order = order;
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    /**
     * Advises methods that carry the annotation themselves.
     * @param joinPoint the call
     * @param withCustomObjects the method's annotation
     * @return what the method returns
     * @throws Throwable whatever the method throws
     */
    @Around("execution(@io.github.objectregistry.WithCustomObjects * *(..)) && @annotation(withCustomObjects)")
    public Object aroundAnnotatedMethod(ProceedingJoinPoint joinPoint, WithCustomObjects withCustomObjects)
            throws Throwable {
        return proceedInScope(joinPoint, withCustomObjects);
    }

    /**
     * Advises methods of annotated types that carry no annotation of their own.
     * @param joinPoint the call
     * @param withCustomObjects the type's annotation
     * @return what the method returns
     * @throws Throwable whatever the method throws
     */
    @Around("@within(withCustomObjects) && !@annotation(io.github.objectregistry.WithCustomObjects) "
            + "&& execution(* *(..))")
    public Object aroundMethodOfAnnotatedType(ProceedingJoinPoint joinPoint, WithCustomObjects withCustomObjects)
            throws Throwable {
        return proceedInScope(joinPoint, withCustomObjects);
    }

    private Object proceedInScope(ProceedingJoinPoint joinPoint, WithCustomObjects annotation) throws Throwable {
        try (CustomObjectScope scope = this.registry.customObjectScope(customObjects(annotation))) {
            return joinPoint.proceed();
        }
    }

    /**
     * Classes first, then explicit pairs, then beans: later entries win, as later maps of a scope do. The
     * annotation is checked at startup by {@code WithCustomObjectsBeanCheck}.
     */
    Map<String, Object> customObjects(WithCustomObjects annotation) {
        Map<String, Object> cached = this.resolved.get(annotation);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> objects = new LinkedHashMap<>();
        for (Class<?> type : annotation.value()) {
            objects.put(this.registry.getRegisteredName(type), type);
        }
        boolean allSingletons = true;
        for (CustomObject object : annotation.objects()) {
            if (object.bean().isEmpty()) {
                objects.put(object.name(), object.type());
            }
            else {
                objects.put(object.name(), requireBeanFactory(object.bean()).getBean(object.bean()));
                allSingletons &= this.beanFactory.isSingleton(object.bean());
            }
        }
        for (String beanName : annotation.beans()) {
            Object bean = requireBeanFactory(beanName).getBean(beanName);
            String registeredName = this.registry.findRegisteredName(bean);
            objects.put((registeredName != null) ? registeredName : beanName, bean);
            allSingletons &= this.beanFactory.isSingleton(beanName);
        }
        Map<String, Object> immutable = Map.copyOf(objects);
        if (allSingletons) {
            cache(annotation, immutable);
        }
        return immutable;
    }

    private synchronized void cache(WithCustomObjects annotation, Map<String, Object> objects) {
        if (this.resolved.size() < MAX_CACHED) {
            Map<WithCustomObjects, Map<String, Object>> copy = new IdentityHashMap<>(this.resolved);
            copy.put(annotation, objects);
            this.resolved = copy;
        }
    }

    /** How many annotations have their objects cached; for tests. */
    int cachedAnnotations() {
        return this.resolved.size();
    }

    private BeanFactory requireBeanFactory(String beanName) {
        if (this.beanFactory == null) {
            throw new IllegalStateException("@WithCustomObjects names bean '" + beanName + "', but this aspect was "
                    + "created without a BeanFactory. Pass the application's BeanFactory to its constructor.");
        }
        return this.beanFactory;
    }
}
