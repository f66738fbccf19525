package io.github.objectregistry;

import java.io.Closeable;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The rules a registration must follow (DESIGN §4.1, §4.2), each failing with a message that names the
 * input, the rule and the fix.
 */
final class RegistrationRules {

    /**
     * Types that would let a config name almost anything: the bases that Jackson's own
     * {@code DefaultBaseTypeLimitingValidator} refuses, plus the usual marker interfaces.
     */
    private static final Set<Class<?>> BROAD_TYPES = Set.of(Object.class, Serializable.class, Comparable.class,
            Runnable.class, Closeable.class, AutoCloseable.class, Cloneable.class);

    private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

    /** Whether Jackson's databind is present; its constructors are then a third way to rebuild a class. */
    private static final boolean JACKSON_PRESENT = isPresent("tools.jackson.databind.ObjectMapper");

    private RegistrationRules() {
    }

    /** Validates both parts and returns {@code package>name}. */
    static String registeredName(String packageName, String name, Object target) {
        checkPart("package", packageName, target);
        checkPart("name", name, target);
        return packageName + ObjectRegistry.SEPARATOR + name;
    }

    private static void checkPart(String part, String value, Object target) {
        String rule = null;
        if (value == null || value.isEmpty()) {
            rule = "is empty";
        }
        else if (value.indexOf(ObjectRegistry.SEPARATOR) >= 0) {
            rule = "contains '>', which separates the package from the name";
        }
        else if (!value.strip().equals(value)) {
            rule = "has surrounding whitespace";
        }
        if (rule != null) {
            throw new RegistrationException(
                    "Cannot register " + describe(target) + ": its " + part + " '" + value + "' " + rule + ".",
                    "Use a non-empty " + part + " without '>' or surrounding whitespace, for example "
                            + "@RegisterSerializable(value = \"my_package\", name = \"MyLayer\").");
        }
    }

    /** An alias is a full name that is read but never written; it follows the same shape rules as a name. */
    static void checkAlias(String alias, Object target) {
        if (alias == null || alias.isEmpty() || !alias.strip().equals(alias)) {
            throw new RegistrationException(
                    "Cannot register " + describe(target) + ": its alias '" + alias
                            + "' is empty or has surrounding whitespace.",
                    "Give each alias as a full registered name, for example aliases = \"my_package>OldName\".");
        }
    }

    /** Refuses classes that could not be rebuilt from a config, and types that are too broad to name. */
    static void checkRegistrableClass(Class<?> type) {
        if (isBroad(type)) {
            throw new RegistrationException("Cannot register " + describe(type)
                    + ": JDK types and broad types (Object, Serializable, Comparable, Runnable, Closeable, "
                    + "Cloneable) are never registrable, because a config could then name almost any class.",
                    "Register your own concrete class instead, or register an instance with "
                            + "register(package, name, instance).");
        }
        Shape shape = unbuildableShape(type);
        if (shape != null) {
            throw new RegistrationException("Cannot register " + describe(type) + ": it is " + shape.description()
                    + ", so it cannot be built from a config.", shape.fix());
        }
        if (Configurable.class.isAssignableFrom(type)) {
            if (findFromConfig(type) == null) {
                throw new RegistrationException("Cannot register " + describe(type)
                        + ": it implements Configurable but declares no 'public static " + type.getSimpleName()
                        + " fromConfig(Map<String, Object> config)' method to rebuild it.",
                        "Add that method, or drop Configurable and let Jackson bind the class.");
            }
            return;
        }
        if (type.isRecord() || (JACKSON_PRESENT && hasJacksonCreator(type))) {
            return;
        }
        throw new RegistrationException("Cannot register " + describe(type)
                + ": it cannot be rebuilt from its config" + (JACKSON_PRESENT ? "."
                        : " (Jackson is not on the classpath, so only records and Configurable classes qualify)."),
                "Make it a record, implement Configurable with a public static fromConfig(Map<String, Object>) "
                        + "method, or give it a constructor Jackson can use: a no-argument constructor, "
                        + "a @JsonCreator, or a single constructor compiled with -parameters.");
    }

    /** Returns the class's {@code public static fromConfig(Map)} factory, or {@code null}. */
    static Method findFromConfig(Class<?> type) {
        try {
            Method method = type.getMethod(Configurable.FROM_CONFIG, Map.class);
            boolean usable = Modifier.isStatic(method.getModifiers())
                    && type.isAssignableFrom(method.getReturnType());
            return usable ? method : null;
        }
        catch (NoSuchMethodException ex) {
            return null;
        }
    }

    private static boolean isBroad(Class<?> type) {
        String name = type.getName();
        return BROAD_TYPES.contains(type) || type.isPrimitive() || type.isArray() || name.startsWith("java.")
                || name.startsWith("javax.") || name.startsWith("jdk.");
    }

    /** What kind of class cannot be built from a config, and what fits that kind instead. */
    private record Shape(String description, String fix) {
    }

    private static Shape unbuildableShape(Class<?> type) {
        String implementations = "Register its concrete implementations instead, as static nested or top-level "
                + "classes.";
        if (type.isAnnotation()) {
            return new Shape("an annotation", "Register a concrete class instead.");
        }
        if (type.isInterface()) {
            return new Shape("an interface", implementations);
        }
        if (type.isEnum()) {
            return new Shape("an enum, whose config would be a bare string rather than an object",
                    "Register each constant you need as an instance, for example register(\"my_package\", \""
                            + firstConstant(type) + "\", " + type.getSimpleName() + "." + firstConstant(type)
                            + "), or make the enum a field of a registered record.");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return new Shape("abstract", implementations);
        }
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return new Shape("an anonymous, local or synthetic class", "Declare it as a static nested or top-level "
                    + "class, or register one of its instances with register(package, name, instance).");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            return new Shape("an inner class that needs an enclosing instance",
                    "Declare it static, or move it to a top-level class.");
        }
        return null;
    }

    /** The name of an enum's first constant, read without initializing the enum. */
    private static String firstConstant(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(Field::isEnumConstant).map(Field::getName).findFirst()
                .orElse("CONSTANT");
    }

    /** Mirrors how Jackson 3 finds a creator: a no-arg constructor, a {@code @JsonCreator}, or one named constructor. */
    private static boolean hasJacksonCreator(Class<?> type) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        for (Constructor<?> constructor : constructors) {
            if (constructor.getParameterCount() == 0 || isJsonCreator(constructor)) {
                return true;
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && isJsonCreator(method)) {
                return true;
            }
        }
        Constructor<?>[] visible = type.getConstructors();
        return visible.length == 1 && hasNamedParameters(visible[0]);
    }

    private static boolean isJsonCreator(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().equals(JSON_CREATOR)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNamedParameters(Executable executable) {
        return Arrays.stream(executable.getParameters()).allMatch(Parameter::isNamePresent);
    }

    /** Names a target in messages: {@code class com.acme.Dense} or {@code instance of com.acme.Swish}. */
    static String describe(Object target) {
        if (target instanceof Class<?> type) {
            return (type.isInterface() ? "interface " : "class ") + type.getName();
        }
        return "instance of " + target.getClass().getName();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, RegistrationRules.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }
}
