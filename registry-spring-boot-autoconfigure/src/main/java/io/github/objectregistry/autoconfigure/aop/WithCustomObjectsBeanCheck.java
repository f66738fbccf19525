package io.github.objectregistry.autoconfigure.aop;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.WithCustomObjects;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Fails startup, rather than the first call, when a {@link WithCustomObjects#beans()} name has no bean in the
 * context. Only the application's own bean classes are inspected, not Spring's, and only for annotations
 * present directly on a type or method, which is where the aspect's pointcuts look too.
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
            Class<?> type = this.beanFactory.getType(beanName, false);
            if (type == null || type.getName().startsWith("org.springframework.")) {
                continue;
            }
            Class<?> userType = ClassUtils.getUserClass(type);
            check(userType.getName(), userType.getAnnotation(WithCustomObjects.class));
            ReflectionUtils.doWithMethods(userType, (method) -> check(userType.getName() + "." + method.getName()
                    + "(..)", method.getAnnotation(WithCustomObjects.class)));
        }
    }

    private void check(String where, WithCustomObjects annotation) {
        if (annotation == null) {
            return;
        }
        for (CustomObject object : annotation.objects()) {
            if (object.bean().isEmpty() == (object.type() == void.class)) {
                throw new RegistrationException("@CustomObject(name = \"" + object.name() + "\") in @WithCustomObjects"
                        + " on " + where + " gives " + (object.bean().isEmpty() ? "neither" : "both")
                        + " a type and a bean.", "Give exactly one: type = SomeClass.class, or bean = \"beanName\".");
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
