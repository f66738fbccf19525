package io.github.objectregistry.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Adds packages to scan for {@link io.github.objectregistry.RegisterSerializable @RegisterSerializable}
 * classes, beyond the {@code @SpringBootApplication} package that is always scanned.
 *
 * <pre>{@code
 * @SpringBootApplication
 * @ObjectRegistryScan(basePackageClasses = PricingRules.class)
 * public class ShopApplication { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(ObjectRegistryScanPackages.Registrar.class)
public @interface ObjectRegistryScan {

    /** Alias for {@link #basePackages()}. */
    @AliasFor("basePackages")
    String[] value() default {};

    /** Packages to scan. */
    @AliasFor("value")
    String[] basePackages() default {};

    /** Classes whose packages are scanned; a type-safe alternative to {@link #basePackages()}. */
    Class<?>[] basePackageClasses() default {};
}
