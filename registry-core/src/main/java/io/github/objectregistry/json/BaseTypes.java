package io.github.objectregistry.json;

import java.lang.reflect.Modifier;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.util.Annotations;

/**
 * Which interfaces and abstract classes {@link ObjectRegistryModule} reads and writes as envelopes: the
 * application's own base types (DESIGN §4.5). A type qualifies when it has a registered implementation (a
 * registered class or instance of it), or lies in one of the configured packages, or, for a mapper that
 * holds nothing but envelopes, always. JDK, Jackson, Kotlin and Scala types never do, and neither does a type
 * that configures its own handling with {@code @JsonTypeInfo}, {@code @JsonDeserialize} or
 * {@code @JsonSerialize} (mix-ins included).
 */
final class BaseTypes {

    private static final List<String> PLATFORM_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "tools.jackson.", "com.fasterxml.jackson.", "kotlin.", "scala.");

    private final ObjectRegistry registry;

    /** Package prefixes, each ending in a dot. */
    private final List<String> packagePrefixes;

    private final boolean all;

    BaseTypes(ObjectRegistry registry, List<String> packages, boolean all) {
        this.registry = registry;
        this.packagePrefixes = packages.stream().map((name) -> name + '.').toList();
        this.all = all;
    }

    /**
     * Whether the module handles {@code type}. Asked once per type and mapper, when Jackson first builds its
     * deserializer or serializer, so an implementation registered later is not seen by that mapper.
     */
    boolean covers(JavaType type, BeanDescription.Supplier description) {
        Class<?> raw = type.getRawClass();
        if (!(raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) || raw.isArray() || raw.isPrimitive()
                || type.isContainerType() || type.isReferenceType() || isPlatformType(raw)
                || hasItsOwnHandling(description)) {
            return false;
        }
        return this.all || isInPackages(raw) || hasRegisteredImplementation(raw);
    }

    private static boolean isPlatformType(Class<?> type) {
        String name = type.getName();
        return PLATFORM_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static boolean hasItsOwnHandling(BeanDescription.Supplier description) {
        Annotations annotations = description.getClassAnnotations();
        return annotations.has(JsonTypeInfo.class) || annotations.has(JsonDeserialize.class)
                || annotations.has(JsonSerialize.class);
    }

    private boolean isInPackages(Class<?> type) {
        String name = type.getName();
        return this.packagePrefixes.stream().anyMatch(name::startsWith);
    }

    private boolean hasRegisteredImplementation(Class<?> type) {
        for (Registration registration : this.registry.getRegistrations()) {
            Object target = registration.target();
            if ((target instanceof Class<?> registered) ? type.isAssignableFrom(registered) : type.isInstance(target)) {
                return true;
            }
        }
        return false;
    }
}
