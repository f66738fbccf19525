package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Method;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.WithCustomObjects;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Fails startup, rather than the first call, when a {@link WithCustomObjects#beans()} name has no bean in the
 * context. Only the application's own bean classes are inspected, not Spring's, and only for annotations
 * present directly on a type or method, which is where the aspect's pointcuts look too.
 *
 * <p>It also refuses the annotation on an interface, or on an interface method, that a bean implements. The
 * aspect reads the annotation from the class that runs the call, as AspectJ matches it: on an interface it
 * would be ignored (class proxies) or open an empty scope (JDK proxies), either way without a word.
 *
 * <p>The auto-configuration backs off when the application defines a bean of this type.
 */
public class WithCustomObjectsBeanCheck implements SmartInitializingSingleton {

    private final ConfigurableListableBeanFactory beanFactory;

    /**
     * Creates the check.
     * @param beanFactory the factory whose bean classes are checked, and where the named beans must be
     */
    public WithCustomObjectsBeanCheck(ConfigurableListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String beanName : this.beanFactory.getBeanDefinitionNames()) {
            Class<?> userType = targetClass(beanName);
            if (userType == null || userType.getName().startsWith("org.springframework.")) {
                continue;
            }
            check(userType.getName(), userType.getAnnotation(WithCustomObjects.class));
            ReflectionUtils.doWithMethods(userType, (method) -> check(userType.getName() + "." + method.getName()
                    + "(..)", method.getAnnotation(WithCustomObjects.class)));
            for (Class<?> contract : ClassUtils.getAllInterfacesForClassAsSet(userType)) {
                checkInterface(beanName, userType, contract);
            }
        }
    }

    /** The class that runs the bean's calls: behind a JDK or class proxy, the target's class. */
    private Class<?> targetClass(String beanName) {
        Object singleton = this.beanFactory.containsSingleton(beanName) ? this.beanFactory.getSingleton(beanName)
                : null;
        Class<?> type = (singleton != null) ? AopProxyUtils.ultimateTargetClass(singleton)
                : this.beanFactory.getType(beanName, false);
        return (type != null) ? ClassUtils.getUserClass(type) : null;
    }

    private static void checkInterface(String beanName, Class<?> userType, Class<?> contract) {
        if (contract.isAnnotationPresent(WithCustomObjects.class)) {
            throw onInterface("the interface " + contract.getName(), beanName, "the class " + userType.getName());
        }
        for (Method method : contract.getDeclaredMethods()) {
            if (method.isAnnotationPresent(WithCustomObjects.class)) {
                String name = "." + method.getName() + "(..)";
                throw onInterface("the interface method " + contract.getName() + name, beanName,
                        userType.getName() + name + " or to the class " + userType.getName());
            }
        }
    }

    private static RegistrationException onInterface(String where, String beanName, String moveTo) {
        return new RegistrationException("@WithCustomObjects on " + where + ", which the bean '" + beanName
                + "' implements, is never applied: the aspect reads the annotation from the class that runs the "
                + "call, not from the interfaces it implements.", "Move it to " + moveTo + ".");
    }

    private void check(String where, WithCustomObjects annotation) {
        if (annotation == null) {
            return;
        }
        for (CustomObject object : annotation.objects()) {
            if (object.name().isBlank()) {
                throw new RegistrationException("@CustomObject(name = \"" + object.name() + "\") in @WithCustomObjects"
                        + " on " + where + " has a blank name, which no envelope can ever refer to.",
                        "Give the registered name to override, for example name = \"pricing>Discount\".");
            }
            if (object.bean().isEmpty() == (object.type() == void.class)) {
                throw new RegistrationException("@CustomObject(name = \"" + object.name() + "\") in @WithCustomObjects"
                        + " on " + where + " gives " + (object.bean().isEmpty() ? "neither a type nor" : "both a type and")
                        + " a bean.", "Give exactly one: type = SomeClass.class, or bean = \"beanName\".");
            }
            if (!object.bean().isEmpty()) {
                checkBean(where, object.bean());
            }
        }
        for (String beanName : annotation.beans()) {
            checkBean(where, beanName);
        }
    }

    private void checkBean(String where, String beanName) {
        if (!this.beanFactory.containsBean(beanName)) {
            throw new RegistrationException("@WithCustomObjects on " + where + " names the bean '" + beanName
                    + "', but the application context has no bean of that name.",
                    "Define a bean named '" + beanName + "', or correct the name in the annotation.");
        }
    }
}
