package io.github.objectregistry.autoconfigure;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;

/**
 * The value types that the storage and binding integrations read and write as envelopes: every registered
 * class, and the interfaces and abstract classes its registered classes and instances implement, outside the
 * JDK and the frameworks. A JDBC column or a configuration property declared as one of these is an envelope;
 * every other type is left alone, so adding the starter changes nothing for it.
 *
 * <pre>{@code
 * Set<Class<?>> types = RegistryValueTypes.of(registry);   // e.g. [Discount, PricingRule]
 * }</pre>
 */
public final class RegistryValueTypes {

    private static final List<String> FOREIGN_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "jakarta.", "kotlin.", "scala.", "groovy.", "tools.jackson.", "com.fasterxml.", "org.springframework.",
            "org.hibernate.");

    /** The registry's own API, such as {@code Configurable}: never an application's base type. */
    private static final String REGISTRY_PACKAGE = "io.github.objectregistry";

    private RegistryValueTypes() {
    }

    /**
     * The types read as envelopes, as the registry stands now (call it once the registry is filled).
     * @param registry the context's registry
     * @return the registered classes and their application base types, in registration order
     */
    public static Set<Class<?>> of(ObjectRegistry registry) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Registration registration : registry.getRegistrations()) {
            boolean isClass = registration.kind() == Registration.Kind.CLASS;
            Class<?> type = isClass ? registration.targetType() : registration.target().getClass();
            if (isClass) {
                types.add(type);
            }
            addBaseTypes(type, types);
        }
        return types;
    }

    /**
     * Whether a value of this type is read as an envelope by these integrations.
     * @param registry the context's registry
     * @param type a declared type
     * @return {@code true} for a registered class or one of the application's base types of registered objects
     */
    public static boolean covers(ObjectRegistry registry, Class<?> type) {
        return !isForeign(type) && of(registry).contains(type);
    }

    private static void addBaseTypes(Class<?> type, Set<Class<?>> types) {
        Set<Class<?>> visited = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type.getInterfaces()));
        Class<?> superclass = type.getSuperclass();
        if (superclass != null) {
            pending.add(superclass);
        }
        while (!pending.isEmpty()) {
            Class<?> candidate = pending.pop();
            if (isForeign(candidate) || !visited.add(candidate)) {
                continue;
            }
            // A concrete superclass is a value type only if it is registered itself.
            if (candidate.isInterface() || Modifier.isAbstract(candidate.getModifiers())) {
                types.add(candidate);
            }
            pending.addAll(List.of(candidate.getInterfaces()));
            if (candidate.getSuperclass() != null) {
                pending.add(candidate.getSuperclass());
            }
        }
    }

    private static boolean isForeign(Class<?> type) {
        String name = type.getName();
        return type.isPrimitive() || type.isArray() || type.getPackageName().equals(REGISTRY_PACKAGE)
                || FOREIGN_PACKAGES.stream().anyMatch(name::startsWith);
    }
}
