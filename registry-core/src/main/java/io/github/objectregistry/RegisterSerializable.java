package io.github.objectregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class, or a Spring {@code @Bean} method, for registration under the stable name
 * {@code package>name}, the Java counterpart of Keras's {@code @register_keras_serializable}.
 *
 * <pre>{@code
 * @RegisterSerializable                          // "Custom>MyDense"
 * @RegisterSerializable("my_package")            // "my_package>MyDense"
 * @RegisterSerializable(value = "my_package", name = "Dense2",
 *                      aliases = "my_package>OldDense")   // reads old configs, writes "my_package>Dense2"
 * public record MyDense(int units) implements Layer { }
 * }</pre>
 *
 * <p>The annotation does nothing by itself: {@link ObjectRegistry#register(Class)} reads it, and the
 * Spring Boot starter registers every annotated class it scans and every annotated bean.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RegisterSerializable {

    /** The package part of the registered name, as in Keras. */
    String value() default ObjectRegistry.DEFAULT_PACKAGE;

    /** The name part; empty means the simple class name (or, for a bean, the bean name). */
    String name() default "";

    /**
     * Extra full names, such as a name used before a rename, that resolve to the same entry when
     * reading. Writing always uses the primary name.
     */
    String[] aliases() default {};

    /**
     * The version of the config this class writes, 1 unless its config changed shape. A class at
     * version N writes {@code "config_version": N} when N > 1, and reads older documents through
     * migrations from each version k to k + 1.
     */
    int version() default 1;
}
