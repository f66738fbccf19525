package io.github.objectregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One {@code name → class} pair of a {@link WithCustomObjects} scope, for when the name is not the class's
 * registered or simple name, typically to override a registered name for one call:
 * {@code @CustomObject(name = "sample>swish", type = ExperimentalSwish.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface CustomObject {

    /** The name the class is visible under inside the scope. */
    String name();

    /** The class that the name resolves to inside the scope. */
    Class<?> type();
}
