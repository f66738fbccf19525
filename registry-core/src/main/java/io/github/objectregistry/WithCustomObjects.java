package io.github.objectregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs every call of the annotated method, or of every method of the annotated type, inside a
 * {@link CustomObjectScope} holding the given objects, the declarative form of
 * {@code try (var scope = registry.customObjectScope(...)) { ... }}.
 *
 * <pre>{@code
 * @WithCustomObjects(value = DenseV2.class,                                   // under its registered name
 *                    objects = @CustomObject(name = "sample>swish", bean = "hardSwish"),  // override a name
 *                    beans = "fastRelu")                                       // under its registered name
 * public Prediction predictExperimental(long modelId, double[] input) { ... }
 * }</pre>
 *
 * <p>On a JUnit test class or test method, the {@code registry-test} module applies it to each test, on the
 * test's thread. On application code, it is applied by the Spring Boot starter's aspect. An annotation on the
 * method wins over one on its type, and a call is never advised twice. Put it on the class that implements the method, or on
 * the method there: on an interface, or on an interface's method, it would apply to some proxies and not to
 * others, so the starter refuses it at startup with a report naming the method and where to move it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WithCustomObjects {

    /**
     * Classes to add, each under its registered name; a class this registry doesn't know goes under the name its
     * {@link RegisterSerializable} gives, or else under its simple name.
     */
    Class<?>[] value() default {};

    /** Classes or beans to add under explicit names; these win over {@link #value()}. */
    CustomObject[] objects() default {};

    /**
     * Names of Spring beans to add, each under its registered name, or else its bean name; these win over
     * {@link #objects()}.
     */
    String[] beans() default {};
}
