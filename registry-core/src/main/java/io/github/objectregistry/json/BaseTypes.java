package io.github.objectregistry.json;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.util.Annotations;

/**
 * Which interfaces and abstract classes {@link ObjectRegistryModule} reads and writes as envelopes: the
 * application's own base types (DESIGN §4.5). A type qualifies when it has a registered implementation (a
 * registered class or instance of it), or lies in one of the configured packages, or, for a mapper that
 * holds nothing but envelopes, always. JDK, Jackson, Kotlin and Scala types never do, and neither does a type
 * that configures its own handling with {@code @JsonTypeInfo}, {@code @JsonDeserialize} or
 * {@code @JsonSerialize} (mix-ins included).
 *
 * <p>A covered type with at least one registered implementation heads a <em>registry family</em>: its values
 * are written as envelopes, and an unregistered implementation of it cannot be written at all, since it could
 * not be read back.
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
     * Whether the module reads {@code type} as an envelope. Asked once per type and mapper, when Jackson first
     * builds its deserializer, so an implementation registered later is not seen by that mapper.
     */
    boolean covers(JavaType type, BeanDescription.Supplier description) {
        return isCandidate(type, description.getClassAnnotations())
                && (this.all || isInPackages(type.getRawClass()) || hasRegisteredImplementation(type.getRawClass()));
    }

    /**
     * Whether {@code type} heads a registry family: a base type the module covers that has at least one
     * registered implementation. Only a family's values are written by their runtime class (and refused when
     * unregistered): the values of any other type are written exactly as without the module, even where the
     * module reads that type.
     */
    boolean isFamily(JavaType type, BeanDescription.Supplier description) {
        return isCandidate(type, description.getClassAnnotations()) && hasRegisteredImplementation(type.getRawClass());
    }

    /**
     * The first base type of a concrete class that heads a {@linkplain #isFamily family}, searching its
     * superclasses and then its interfaces, nearest first; {@code null} if it belongs to none. Asked once per
     * class and mapper, when Jackson first builds its serializer.
     */
    Class<?> familyOf(Class<?> type, MapperConfig<?> config) {
        if (isPlatformType(type)) {
            return null;
        }
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next != type && headsFamily(next, config)) {
                return next;
            }
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
            pending.addAll(List.of(next.getInterfaces()));
        }
        return null;
    }

    private boolean headsFamily(Class<?> type, MapperConfig<?> config) {
        if (isPlatformType(type) || !(type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
            return false;
        }
        JavaType javaType = config.constructType(type);
        Annotations annotations = config.classIntrospectorInstance().introspectClassAnnotations(javaType)
            .getAnnotations();
        return isCandidate(javaType, annotations) && hasRegisteredImplementation(type);
    }

    /** An interface or abstract class of the application's, which configures no handling of its own. */
    private static boolean isCandidate(JavaType type, Annotations annotations) {
        Class<?> raw = type.getRawClass();
        return (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) && !raw.isArray() && !raw.isPrimitive()
                && !type.isContainerType() && !type.isReferenceType() && !isPlatformType(raw)
                && !hasItsOwnHandling(annotations);
    }

    private static boolean isPlatformType(Class<?> type) {
        String name = type.getName();
        return PLATFORM_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static boolean hasItsOwnHandling(Annotations annotations) {
        return annotations.has(JsonTypeInfo.class) || annotations.has(JsonDeserialize.class)
                || annotations.has(JsonSerialize.class);
    }

    private boolean isInPackages(Class<?> type) {
        String name = type.getName();
        return this.packagePrefixes.stream().anyMatch(name::startsWith);
    }

    private boolean hasRegisteredImplementation(Class<?> type) {
        return this.registry.getRegistrations().stream()
            .anyMatch((registration) -> type.isAssignableFrom(registration.targetType()));
    }
}
