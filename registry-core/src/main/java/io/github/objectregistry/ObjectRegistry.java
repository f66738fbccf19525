package io.github.objectregistry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps stable names ({@code package>name}) to classes and instances, so that configs can name
 * pluggable objects without naming Java classes. Only names that are registered, or added by a scope or a
 * caller, can ever be resolved; nothing is ever loaded by class name.
 *
 * <pre>{@code
 * ObjectRegistry registry = new ObjectRegistry();
 * registry.register(MyDense.class);                          // "my_package>MyDense", from @RegisterSerializable
 * registry.register("my_package", "swish", swish);           // an instance, returned as it is
 *
 * registry.getRegisteredObject("my_package>MyDense");        // MyDense.class
 * registry.getRegisteredName(MyDense.class);                 // "my_package>MyDense"
 *
 * try (CustomObjectScope scope = registry.customObjectScope(Map.of("MyObject", MyObject.class))) {
 *     registry.getRegisteredObject("MyObject");              // MyObject.class, on this thread only
 * }
 * }</pre>
 *
 * <h2>Lookup order</h2>
 * {@link #getRegisteredObject(String, Map)} looks in the scopes open on the calling thread (innermost
 * first), then in the global entries (names and aliases), then in the map it is given, and returns
 * {@code null} if none has the name.
 *
 * <h2>Thread safety</h2>
 * All methods may be called from any thread. Lookups take no lock: a map read plus a walk over the calling
 * thread's open scopes. Registrations are serialized among themselves. Scopes are confined to the thread
 * that opened them.
 *
 * <p>In a Spring Boot application, inject the context's registry rather than using {@link #global()}.
 */
public final class ObjectRegistry {

    /** The package used when {@link RegisterSerializable} names none, as in Keras. */
    public static final String DEFAULT_PACKAGE = "Custom";

    /** Separates the package from the name in a registered name. */
    public static final char SEPARATOR = '>';

    private static final System.Logger logger = System.getLogger(ObjectRegistry.class.getName());

    private static final ObjectRegistry GLOBAL = new ObjectRegistry();

    /** The JDK's immutable map classes, which scopes can use without a defensive copy. */
    private static final Set<Class<?>> IMMUTABLE_MAP_TYPES = Set.of(Map.of().getClass(), Map.of("", "").getClass());

    private final ConflictPolicy conflictPolicy;

    /** Every global name and alias, each mapped to its registration. */
    private final Map<String, Registration> entries = new ConcurrentHashMap<>();

    /** Registered target (a class, or an {@link IdentityKey} of an instance) to its primary name. */
    private final Map<Object, String> names = new ConcurrentHashMap<>();

    /**
     * How many instances of each class are registered, so that asking for the name of an object whose class
     * has none (the common case when writing JSON) is one map read, with no identity key to allocate.
     */
    private final Map<Class<?>, Integer> instanceTypes = new ConcurrentHashMap<>();

    private final Object writeLock = new Object();

    private final ThreadLocal<ScopeStack> scopes = new ThreadLocal<>();

    /** Creates an empty registry that refuses conflicting registrations. */
    public ObjectRegistry() {
        this(ConflictPolicy.FAIL);
    }

    /**
     * Creates an empty registry.
     * @param conflictPolicy what to do when a taken name is registered to another target
     */
    public ObjectRegistry(ConflictPolicy conflictPolicy) {
        this.conflictPolicy = Objects.requireNonNull(conflictPolicy, "conflictPolicy");
    }

    /**
     * Returns the process-wide registry, for code that runs outside a Spring application context. Spring
     * Boot applications get their own registry bean and never use this one.
     */
    public static ObjectRegistry global() {
        return GLOBAL;
    }

    /** The policy this registry applies when a taken name is registered to another target. */
    public ConflictPolicy getConflictPolicy() {
        return this.conflictPolicy;
    }

    /**
     * Registers a class under the name its {@link RegisterSerializable} gives, or under
     * {@code Custom>SimpleName} if it carries none. Registering it again under the same name is a no-op.
     * @param type a concrete class that can be rebuilt from its config: a record, a {@link Configurable}
     * with {@code fromConfig}, or a class Jackson can construct
     * @return the registered name
     * @throws RegistrationException if the name is invalid, the class cannot be rebuilt or is a broad or JDK
     * type, or the name or class is already registered to something else
     */
    public String register(Class<?> type) {
        Objects.requireNonNull(type, "type");
        RegisterSerializable annotation = type.getAnnotation(RegisterSerializable.class);
        if (annotation == null) {
            return register(DEFAULT_PACKAGE, type.getSimpleName(), type);
        }
        String name = annotation.name().isEmpty() ? type.getSimpleName() : annotation.name();
        return register(annotation.value(), name, type, annotation.aliases());
    }

    /**
     * Registers a class or an instance under {@code packageName>name}. A {@link Class} is checked as in
     * {@link #register(Class)}; any other object is registered as an instance (a "function" in Keras terms),
     * which lookups return as it is.
     * <pre>{@code
     * registry.register("my_package", "swish", (DoubleUnaryOperator) x -> x / (1 + Math.exp(-x)));
     * }</pre>
     * @param packageName the package part: non-empty, without {@code >} or surrounding whitespace
     * @param name the name part, with the same rules
     * @param target the class or instance
     * @param aliases extra full names that resolve to the same target when reading
     * @return the registered name
     * @throws RegistrationException if a rule is broken
     * @throws DuplicateRegistrationException if the name or target is already taken (under
     * {@link ConflictPolicy#FAIL})
     */
    public String register(String packageName, String name, Object target, String... aliases) {
        Objects.requireNonNull(target, "target");
        String registeredName = RegistrationRules.registeredName(packageName, name, target);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(registeredName);
        for (String alias : aliases) {
            RegistrationRules.checkAlias(alias, target);
            keys.add(alias);
        }
        if (target instanceof Class<?> type) {
            RegistrationRules.checkRegistrableClass(type);
        }
        synchronized (this.writeLock) {
            Object targetKey = keyOf(target);
            String previousName = this.names.get(targetKey);
            if (previousName != null && !previousName.equals(registeredName)) {
                onConflict(RegistrationRules.describe(target) + " is already registered as '" + previousName
                        + "', so it cannot also be registered as '" + registeredName + "'.", previousName);
            }
            for (String key : keys) {
                Registration holder = this.entries.get(key);
                if (holder != null && holder.target() != target) {
                    onConflict("Cannot register " + RegistrationRules.describe(target) + " as '" + key
                            + "': that name is already registered to "
                            + RegistrationRules.describe(holder.target()) + ".", holder.name());
                }
            }
            // Every key is now free or already ours: merge with our earlier registration, if any.
            Registration existing = this.entries.get(registeredName);
            Set<String> aliasSet = new LinkedHashSet<>((existing != null) ? existing.aliases() : List.of());
            keys.stream().filter((key) -> !key.equals(registeredName)).forEach(aliasSet::add);
            Registration registration = new Registration(registeredName, target, List.copyOf(aliasSet));
            if (registration.equals(existing) && registeredName.equals(previousName)) {
                return registeredName;
            }
            this.entries.put(registeredName, registration);
            aliasSet.forEach((alias) -> this.entries.put(alias, registration));
            if (this.names.put(targetKey, registeredName) == null && !(target instanceof Class)) {
                this.instanceTypes.merge(target.getClass(), 1, Integer::sum);
            }
            logger.log(Level.DEBUG, () -> "Registered " + RegistrationRules.describe(target) + " as '"
                    + registeredName + "'" + (aliasSet.isEmpty() ? "" : " with aliases " + aliasSet));
            return registeredName;
        }
    }

    /** Under {@link ConflictPolicy#REPLACE} drops the earlier registration, otherwise throws. */
    private void onConflict(String problem, String earlierName) {
        if (this.conflictPolicy == ConflictPolicy.REPLACE) {
            logger.log(Level.DEBUG, () -> problem + " Replacing the earlier registration.");
            removeGlobal(earlierName);
            return;
        }
        throw new DuplicateRegistrationException(problem,
                "Give one of them another name with @RegisterSerializable(value = ..., name = ...), remove one "
                        + "registration, or use ConflictPolicy.REPLACE if the later one should win.", earlierName);
    }

    /**
     * Resolves a name through this thread's scopes and the global entries.
     * @param name a registered name, alias or scope name
     * @return the class or instance, or {@code null} if the name is unknown
     */
    public Object getRegisteredObject(String name) {
        return getRegisteredObject(name, null);
    }

    /**
     * Resolves a name through this thread's scopes (innermost first), then the global entries and aliases,
     * then {@code customObjects}.
     * @param name a registered name, alias or scope name
     * @param customObjects a last-resort map, such as the {@code custom_objects} argument of a Keras load; may
     * be {@code null}
     * @return the class or instance, or {@code null} if no place has the name
     */
    public Object getRegisteredObject(String name, Map<String, ?> customObjects) {
        Objects.requireNonNull(name, "name");
        ScopeStack stack = this.scopes.get();
        Object scoped = (stack != null) ? stack.find(name) : null;
        if (scoped == null) {
            Registration registration = this.entries.get(name);
            if (registration != null) {
                return registration.target();
            }
        }
        else if (scoped != ScopeStack.REMOVED) {
            return scoped;
        }
        // Removed in a scope hides the global entry, but not the caller's own map.
        return (customObjects != null) ? customObjects.get(name) : null;
    }

    /**
     * Returns the name under which a class, or an instance registered as an instance, was registered; for
     * anything else, its simple class name, as Keras falls back to {@code __name__}. Never {@code null}.
     * @param classOrInstance a class, or an instance
     * @return the primary registered name, or the simple name
     */
    public String getRegisteredName(Object classOrInstance) {
        String name = findRegisteredName(classOrInstance);
        if (name != null) {
            return name;
        }
        Class<?> type = (classOrInstance instanceof Class<?> c) ? c : classOrInstance.getClass();
        return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    }

    /**
     * Returns the primary name under which a class, or an instance, was registered, without any fallback.
     * Scope entries are not registrations and are never reported.
     * @param classOrInstance a class, or an instance (matched by identity)
     * @return the registered name, or {@code null} if it is not registered
     */
    public String findRegisteredName(Object classOrInstance) {
        Objects.requireNonNull(classOrInstance, "classOrInstance");
        if (!(classOrInstance instanceof Class) && !this.instanceTypes.containsKey(classOrInstance.getClass())) {
            return null;
        }
        return this.names.get(keyOf(classOrInstance));
    }

    /**
     * Whether a class, or an instance, has been registered (scopes are not registrations).
     * @param classOrInstance a class, or an instance (matched by identity)
     * @return {@code true} if {@link #findRegisteredName(Object)} finds a name
     */
    public boolean isRegistered(Object classOrInstance) {
        return findRegisteredName(classOrInstance) != null;
    }

    /**
     * Returns the global entry that a name or alias belongs to, ignoring scopes.
     * @param name a registered name or alias
     * @return the registration, or {@code null} if the name is not a global entry
     */
    public Registration getRegistration(String name) {
        return this.entries.get(Objects.requireNonNull(name, "name"));
    }

    /** Every global entry once, sorted by primary name. */
    public List<Registration> getRegistrations() {
        return this.entries.values().stream().distinct().sorted(Comparator.comparing(Registration::name)).toList();
    }

    /**
     * Returns a live, mutable view of the custom objects visible to the calling thread: its scopes over the
     * global entries. Outside any scope, {@code put} and {@code remove} change the global entries, as Keras's
     * {@code get_custom_objects()} does. Inside a scope they change only the innermost scope, so the change is
     * visible on this thread until that scope closes and then vanishes. Iteration reads a snapshot.
     */
    public Map<String, Object> getCustomObjects() {
        return new CustomObjectsView(this);
    }

    /**
     * Opens a scope that adds the given objects for the calling thread until it is closed. Later maps win
     * over earlier ones, and the scope sees the objects of any scope already open on this thread.
     * <pre>{@code
     * try (CustomObjectScope scope = registry.customObjectScope(Map.of("MyObject", MyObject.class))) {
     *     serializer.fromJson(json, Layer.class);   // "MyObject" resolves here
     * }
     * }</pre>
     * @param customObjects zero or more maps of name to class or instance; no key or value may be null
     * @return the open scope; close it on this thread, ideally with try-with-resources
     */
    @SafeVarargs
    public final CustomObjectScope customObjectScope(Map<String, ?>... customObjects) {
        Map<String, Object> layer = layerOf(customObjects);
        ScopeStack stack = this.scopes.get();
        if (stack == null) {
            stack = new ScopeStack();
            this.scopes.set(stack);
        }
        return stack.push(layer);
    }

    /**
     * One immutable layer from the given maps, later maps winning. A single JDK immutable map, such as
     * {@code Map.of(...)}, cannot hold nulls or change, so it is used as it is: opening the scope copies nothing.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> layerOf(Map<String, ?>[] customObjects) {
        if (customObjects.length == 1 && IMMUTABLE_MAP_TYPES.contains(customObjects[0].getClass())) {
            return (Map<String, Object>) customObjects[0];
        }
        Map<String, Object> merged = new HashMap<>();
        for (Map<String, ?> map : customObjects) {
            map.forEach((name, value) -> merged.put(Objects.requireNonNull(name, "custom object name"),
                    Objects.requireNonNull(value, () -> "custom object '" + name + "' is null")));
        }
        return Map.copyOf(merged);
    }

    /** The number of scopes open on the calling thread; 0 outside any scope. */
    public int scopeDepth() {
        ScopeStack stack = this.scopes.get();
        return (stack != null) ? stack.depth() : 0;
    }

    /**
     * Closes, innermost first, every scope on the calling thread above {@code depth}, as a safety net for
     * code that must leave a thread clean, such as the end of an HTTP request. Closed scopes report
     * {@link CustomObjectScope#isClosed()}, and closing them again is a no-op.
     * @param depth the depth to return to, typically an earlier {@link #scopeDepth()}
     * @return how many scopes were closed; anything but 0 means a scope leaked
     */
    public int closeScopesAbove(int depth) {
        ScopeStack stack = this.scopes.get();
        return (stack != null) ? stack.closeAbove(Math.max(depth, 0)) : 0;
    }

    // The live view's operations.

    /** The innermost scope on this thread, or {@code null}. */
    CustomObjectScope innermostScope() {
        ScopeStack stack = this.scopes.get();
        return (stack != null && stack.depth() > 0) ? stack.innermost() : null;
    }

    /** A snapshot of what the calling thread can resolve: the global entries, overlaid by its scopes. */
    Map<String, Object> visibleObjects() {
        Map<String, Object> view = new LinkedHashMap<>();
        this.entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach((entry) -> view.put(entry.getKey(), entry.getValue().target()));
        ScopeStack stack = this.scopes.get();
        if (stack != null) {
            stack.overlay(view);
        }
        return view;
    }

    /** Binds a global name as a plain entry, as Keras's {@code get_custom_objects()[name] = value} does. */
    Object putGlobal(String name, Object value) {
        synchronized (this.writeLock) {
            Object previous = removeGlobal(name);
            this.entries.put(name, new Registration(name, value, List.of()));
            return previous;
        }
    }

    /**
     * Removes a global name. Removing a primary name removes its whole registration, aliases included;
     * removing an alias removes just that alias.
     */
    Object removeGlobal(String name) {
        synchronized (this.writeLock) {
            Registration registration = this.entries.get(name);
            if (registration == null) {
                return null;
            }
            if (registration.name().equals(name)) {
                this.entries.remove(name);
                registration.aliases().forEach((alias) -> this.entries.remove(alias, registration));
                Object target = registration.target();
                if (this.names.remove(keyOf(target), name) && !(target instanceof Class)) {
                    this.instanceTypes.computeIfPresent(target.getClass(), (type, count) -> (count > 1) ? count - 1 : null);
                }
            }
            else {
                List<String> aliases = new ArrayList<>(registration.aliases());
                aliases.remove(name);
                Registration remaining = new Registration(registration.name(), registration.target(), aliases);
                this.entries.remove(name);
                this.entries.put(remaining.name(), remaining);
                aliases.forEach((alias) -> this.entries.put(alias, remaining));
            }
            return registration.target();
        }
    }

    @Override
    public String toString() {
        return "ObjectRegistry" + Arrays.toString(getRegistrations().stream().map(Registration::name).toArray());
    }

    /** Classes are their own key; instances are keyed by identity, whatever their {@code equals} says. */
    private static Object keyOf(Object target) {
        return (target instanceof Class) ? target : new IdentityKey(target);
    }

    private record IdentityKey(Object target) {

        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.target == this.target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this.target);
        }
    }
}
