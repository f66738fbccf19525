package io.github.objectregistry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a registered class as the step that turns a config of version {@link #from()}
 * into version {@code from + 1}, for a class whose {@link RegisterSerializable#version()} is above 1.
 * Reading a document written at an older version applies each step in turn, then binds the result.
 *
 * <pre>{@code
 * @RegisterSerializable(value = "shop", version = 2)
 * public record Discount(Percent amount) {
 *
 *     @ConfigMigration(from = 1)                       // {"percent": 5} -> {"amount": {"value": 5}}
 *     static ObjectNode nestPercent(ObjectNode config) {
 *         config.putObject("amount").set("value", config.remove("percent"));
 *         return config;
 *     }
 * }
 * }</pre>
 *
 * <p>The method is static, takes the config as a Jackson tree ({@code tools.jackson.databind.node.ObjectNode}
 * or {@code JsonNode}) and returns the next version's config as an object node; it may change and return its
 * argument. Registration checks that a class at version N has exactly one step from each of 1 … N-1, and fails
 * naming the missing or repeated step otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ConfigMigration {

    /** The version this step reads; it returns version {@code from + 1}. */
    int from();
}
