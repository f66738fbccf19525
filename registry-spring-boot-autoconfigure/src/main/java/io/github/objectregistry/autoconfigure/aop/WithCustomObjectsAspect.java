package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Runs each call of a {@link WithCustomObjects}-annotated method, or of any method of an annotated type,
 * inside a {@link CustomObjectScope}, closed in {@code finally}. A method's own annotation wins over its
 * type's, and a call is advised once.
 *
 * <p>A method that returns a Reactor {@code Mono} or {@code Flux} gets its scope for the whole asynchronous
 * result: at subscription, and in the Reactor {@code Context} under the {@link ReactorScopeKey}, layered over
 * the scopes the subscriber's Context carries (a WebFlux request's) or else the caller's. Operators that run on
 * the subscribing thread see it always; those on other threads under Reactor's automatic context propagation
 * ({@code spring.reactor.context-propagation=auto}). Without Reactor on the classpath, or without a key, every
 * method is treated as synchronous.
 *
 * <p>Spring only: usable without Spring Boot, and testable with {@code AspectJProxyFactory}.
 */
@Aspect
public class WithCustomObjectsAspect implements Ordered {

    private static final boolean REACTOR_PRESENT = ClassUtils.isPresent("reactor.core.publisher.Mono",
            WithCustomObjectsAspect.class.getClassLoader());

    private final ObjectRegistry registry;

    private final BeanFactory beanFactory;

    private final int order;

    /** Applies scopes to {@code Mono} and {@code Flux} results; {@code null} without Reactor or a key. */
    private final ReactiveResultScopes reactive;

    /**
     * The objects each advised method's scope holds, resolved once when every bean involved is a singleton.
     * Pointcuts bind no annotation: binding makes Spring match every call at run time, at a cost far above
     * that of the scope itself. The annotation is read from the method here instead.
     */
    private final Map<Class<?>, Map<Method, Map<String, Object>>> resolved = new ConcurrentHashMap<>();

    /**
     * Creates the aspect.
     * @param registry the registry whose scopes are opened
     * @param beanFactory resolves the names in {@link WithCustomObjects#beans()}; may be {@code null} if no
     * annotation names beans
     * @param order the aspect's order among other advice
     */
    public WithCustomObjectsAspect(ObjectRegistry registry, BeanFactory beanFactory, int order) {
        this(registry, beanFactory, order, null);
    }

    /**
     * Creates the aspect, applying the scopes of methods that return a {@code Mono} or {@code Flux} to their
     * subscription when Reactor is present.
     * @param registry the registry whose scopes are opened
     * @param beanFactory resolves the names in {@link WithCustomObjects#beans()}; may be {@code null} if no
     * annotation names beans
     * @param order the aspect's order among other advice
     * @param reactorKey the key under which Reactor Contexts carry the scopes; {@code null} to treat every
     * method as synchronous
     */
    public WithCustomObjectsAspect(ObjectRegistry registry, BeanFactory beanFactory, int order,
            ReactorScopeKey reactorKey) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.beanFactory = beanFactory;
        this.order = order;
        this.reactive = (reactorKey != null && REACTOR_PRESENT) ? new ReactiveResultScopes(reactorKey.value())
                : null;
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    /**
     * Advises methods that carry the annotation themselves.
     * @param joinPoint the call
     * @return what the method returns
     * @throws Throwable whatever the method throws
     */
    @Around("execution(@io.github.objectregistry.WithCustomObjects * *(..))")
    public Object aroundAnnotatedMethod(ProceedingJoinPoint joinPoint) throws Throwable {
        return proceedInScope(joinPoint);
    }

    /**
     * Advises methods of annotated types that carry no annotation of their own.
     * @param joinPoint the call
     * @return what the method returns
     * @throws Throwable whatever the method throws
     */
    @Around("@within(io.github.objectregistry.WithCustomObjects) "
            + "&& !@annotation(io.github.objectregistry.WithCustomObjects) && execution(* *(..))")
    public Object aroundMethodOfAnnotatedType(ProceedingJoinPoint joinPoint) throws Throwable {
        return proceedInScope(joinPoint);
    }

    private Object proceedInScope(ProceedingJoinPoint joinPoint) throws Throwable {
        return proceedInScope(((MethodSignature) joinPoint.getSignature()).getMethod(), joinPoint.getTarget(),
                joinPoint::proceed);
    }

    /**
     * Runs a call in the scope of its method's objects: the advice of both pointcuts, and of
     * {@link WithCustomObjectsAdvisor}.
     * @param method the called method
     * @param target the object called, {@code null} for a static method
     * @param call proceeds with the call
     */
    Object proceedInScope(Method method, Object target, Call call) throws Throwable {
        Class<?> targetClass = (target != null) ? target.getClass() : method.getDeclaringClass();
        Map<String, Object> objects = customObjects(method, targetClass);
        ScopeSnapshot caller = (this.reactive != null && ReactiveResultScopes.mayBeReactive(method.getReturnType()))
                ? this.registry.captureScopes() : null;
        Object result;
        try (CustomObjectScope scope = this.registry.customObjectScope(objects)) {
            result = call.proceed();
        }
        return (caller != null) ? this.reactive.apply(result, caller, objects) : result;
    }

    /**
     * The objects for a call of {@code method} on {@code targetClass}: the annotation of the method that runs
     * (an interface method resolves to its implementation, as Spring AOP matched it), or else its type's.
     */
    private Map<String, Object> customObjects(Method method, Class<?> targetClass) {
        Map<Method, Map<String, Object>> byMethod = this.resolved.get(targetClass);
        Map<String, Object> cached = (byMethod != null) ? byMethod.get(method) : null;
        if (cached != null) {
            return cached;
        }
        WithCustomObjects annotation = AnnotatedCustomObjects.find(method, targetClass);
        Map<String, Object> objects = (annotation != null) ? customObjects(annotation) : Map.of();
        if (annotation == null || isCacheable(annotation)) {
            this.resolved.computeIfAbsent(targetClass, (type) -> new ConcurrentHashMap<>()).putIfAbsent(method, objects);
        }
        return objects;
    }

    /** Only singletons can be resolved once; a prototype bean must be fetched for every call. */
    private boolean isCacheable(WithCustomObjects annotation) {
        return Arrays.stream(annotation.beans()).allMatch((bean) -> this.beanFactory.isSingleton(bean))
                && Arrays.stream(annotation.objects()).map(CustomObject::bean).filter((bean) -> !bean.isEmpty())
                    .allMatch((bean) -> this.beanFactory.isSingleton(bean));
    }

    /** Proceeds with an advised call, however the advice was applied. */
    @FunctionalInterface
    interface Call {

        /**
         * Proceeds.
         * @return what the method returns
         * @throws Throwable whatever the method throws
         */
        Object proceed() throws Throwable;
    }

    /** How many advised methods have their objects cached; for tests. */
    int cachedMethods() {
        return this.resolved.values().stream().mapToInt(Map::size).sum();
    }

    /** The annotation's objects; it is checked at startup by {@code WithCustomObjectsBeanCheck}. */
    Map<String, Object> customObjects(WithCustomObjects annotation) {
        return AnnotatedCustomObjects.resolve(annotation, this.registry, this.beanFactory);
    }
}
