package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Method;

import io.github.objectregistry.WithCustomObjects;
import org.springframework.aop.support.StaticMethodMatcherPointcut;

/**
 * The methods {@link WithCustomObjectsAspect}'s two AspectJ pointcuts select, matched by plain reflection: the
 * method that runs carries {@link WithCustomObjects}, or the type that declares it does. Annotations count only
 * where they are written, as in AspectJ: not inherited from an interface or an overridden method, and not as
 * meta-annotations.
 *
 * <p>Why not AspectJ: Spring asks a pointcut about every method of every bean at start-up, and an AspectJ
 * {@code execution(@WithCustomObjects * *(..))} cannot rule a class out by its type, so each method went through
 * AspectJ's shadow matching. In the benchmark application that was about a fifth of the starter's start-up CPU
 * time; asking the JDK for two annotations costs next to nothing.
 */
final class WithCustomObjectsPointcut extends StaticMethodMatcherPointcut {

    /** The one instance; the pointcut holds no state. */
    static final WithCustomObjectsPointcut INSTANCE = new WithCustomObjectsPointcut();

    private WithCustomObjectsPointcut() {
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        // The same lookup the advice makes, so that what is advised and what the advice reads cannot drift apart.
        return AnnotatedCustomObjects.find(method, targetClass) != null;
    }

    @Override
    public String toString() {
        return "WithCustomObjectsPointcut";
    }
}
