package io.github.objectregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One named entry of a {@link WithCustomObjects} scope, for when the name is not the target's registered or
 * simple name, typically to override a registered name for one call. Give exactly one of {@link #type()} and
 * {@link #bean()}:
 *
 * <pre>{@code
 * @CustomObject(name = "sample>Dense", type = DenseV2.class)        // a class
 * @CustomObject(name = "sample>swish", bean = "hardSwish")          // a Spring bean, e.g. an instance
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface CustomObject {

    /** The name the target is visible under inside the scope. */
    String name();

    /** The class that the name resolves to inside the scope. */
    Class<?> type() default void.class;

    /** The name of the Spring bean that the name resolves to inside the scope. */
    String bean() default "";
}
