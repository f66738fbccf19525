package io.github.objectregistry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * <h2>Conflicts</h2>
 * Registering another target under a taken name, or a registered class under a second name, follows the
 * registry's {@link ConflictPolicy}, and so does {@code getCustomObjects().put} outside a scope. Under
 * {@link ConflictPolicy#REPLACE} the later target takes only the names that clash: the earlier one keeps its
 * other names, and if it lost its primary name, it is written under its first remaining alias (with none
 * left, it is no longer registered); putting it back under the name it lost, through
 * {@code getCustomObjects().put}, restores its registration.
 *
 * <h2>Thread safety</h2>
 * All methods may be called from any thread. Lookups take no lock: a map read plus a walk over the calling
 * thread's open scopes. Registrations are serialized among themselves, and a replaced name is overwritten,
 * never removed first, so a concurrent lookup finds the earlier target or the later one. Scopes are confined
 * to the thread that opened them; {@link #closeScopesAbove(int)} clears a thread at a boundary, and
 * {@link #captureScopes()} carries them to work on other threads.
 *
 * <p>In a Spring Boot application, inject the context's registry rather than using {@link #global()}.
 */
public final class ObjectRegistry {

    /** The package used when {@link RegisterSerializable} names none, as in Keras. */
    public static final String DEFAULT_PACKAGE = "Custom";

    /** Separates the package from the name in a registered name. */
    public static final char SEPARATOR = '>';

    private static final ObjectRegistry GLOBAL = new ObjectRegistry();

    private final RegistrationTable table;

    private final ThreadScopes scopes = new ThreadScopes();

    /** Creates an empty registry that refuses conflicting registrations. */
    public ObjectRegistry() {
        this(ConflictPolicy.FAIL);
    }

    /**
     * Creates an empty registry.
     * @param conflictPolicy what to do when a taken name is registered to another target
     */
    public ObjectRegistry(ConflictPolicy conflictPolicy) {
        this.table = new RegistrationTable(Objects.requireNonNull(conflictPolicy, "conflictPolicy"));
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
        return this.table.conflictPolicy();
    }

    /**
     * Registers a class under the name its {@link RegisterSerializable} gives, or under
     * {@code Custom>SimpleName} if it carries none. Registering it again under the same name is a no-op.
     * @param type a concrete class that can be rebuilt from its config: a record, a {@link Configurable}
     * with {@code fromConfig}, or a class Jackson can construct
     * @return the registered name
     * @throws RegistrationException if the name is invalid, the class cannot be rebuilt or is a broad or JDK
     * type, its {@link ConfigMigration} chain is incomplete, or (under {@link ConflictPolicy#FAIL}) the name or class is already registered to something else
     */
    public String register(Class<?> type) {
        Objects.requireNonNull(type, "type");
        RegisterSerializable annotation = type.getAnnotation(RegisterSerializable.class);
        if (annotation == null) {
            return register(DEFAULT_PACKAGE, type.getSimpleName(), type);
        }
        return register(annotation.value(), namePart(type, annotation), type, annotation.aliases());
    }

    /**
     * The full name {@link #register(Class)} gives a class, without registering it: what its
     * {@link RegisterSerializable} says, or {@code Custom>SimpleName} if it carries none.
     * @param type a class
     * @return {@code package>name}, not validated
     */
    public static String annotatedName(Class<?> type) {
        RegisterSerializable annotation = type.getAnnotation(RegisterSerializable.class);
        return (annotation != null) ? annotation.value() + SEPARATOR + namePart(type, annotation)
                : DEFAULT_PACKAGE + SEPARATOR + type.getSimpleName();
    }

    private static String namePart(Class<?> type, RegisterSerializable annotation) {
        return annotation.name().isEmpty() ? type.getSimpleName() : annotation.name();
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
        for (String alias : aliases) {
            RegistrationRules.checkAlias(alias, target);
        }
        if (target instanceof Class<?> type) {
            RegistrationRules.checkRegistrableClass(type);
            ConfigMigrations.of(type).requireComplete();
        }
        return this.table.register(registeredName, target, List.of(aliases));
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
        return resolve(name, this.scopes.find(name), customObjects);
    }

    /**
     * Resolves a name as a thread running under {@code scopes} would, without attaching them to the calling
     * thread, whose own scopes are ignored: for readers that carry the scopes of the work they serve as a
     * value, such as a WebFlux codec reading a request body on whichever thread the bytes arrive.
     * @param name a registered name, alias or scope name
     * @param scopes the scopes to look in first, taken from this registry
     * @param customObjects a last-resort map; may be {@code null}
     * @return the class or instance, or {@code null} if no place has the name
     * @throws IllegalArgumentException if {@code scopes} was taken from another registry
     */
    public Object getRegisteredObject(String name, ScopeSnapshot scopes, Map<String, ?> customObjects) {
        Objects.requireNonNull(name, "name");
        return resolve(name, scopes.find(this.scopes, name), customObjects);
    }

    /** The lookup after the scopes: {@code scoped} is what they bind to the name, if anything. */
    private Object resolve(String name, Object scoped, Map<String, ?> customObjects) {
        if (scoped == null) {
            Registration registration = this.table.get(name);
            if (registration != null) {
                return registration.target();
            }
        }
        else if (scoped != ScopeLayer.REMOVED) {
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
        return this.table.nameOf(Objects.requireNonNull(classOrInstance, "classOrInstance"));
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
        return this.table.get(Objects.requireNonNull(name, "name"));
    }

    /** Every global entry once, sorted by primary name. */
    public List<Registration> getRegistrations() {
        return this.table.registrations();
    }

    /**
     * Returns a live, mutable view of the custom objects visible to the calling thread: its scopes over the
     * global entries. Inside a scope, {@code put} and {@code remove} change only the innermost scope, so the
     * change is visible on this thread until that scope closes and then vanishes; under a {@link ScopeSnapshot},
     * the snapshot's innermost scope counts, changed for that task only. Iteration reads a snapshot.
     *
     * <p>Outside any scope they change the global entries, as Keras's {@code get_custom_objects()} does, under
     * the {@linkplain #getConflictPolicy() conflict policy}. A {@code put} binds a name for reading: a
     * registered target gains it as an alias and keeps the name it is written under, except that putting a
     * target back under the primary name that a {@link ConflictPolicy#REPLACE} took from it restores its
     * registration; any other target gets a plain entry, which never names it when writing. Removing a
     * primary name removes the whole registration, aliases included; removing an alias removes only it.
     * <pre>{@code
     * registry.getCustomObjects().put("legacy>Discount", Discount.class);   // read old configs too
     * }</pre>
     * @throws DuplicateRegistrationException from {@code put} outside a scope, under
     * {@link ConflictPolicy#FAIL}, when the name belongs to another target
     */
    public Map<String, Object> getCustomObjects() {
        return new CustomObjectsView(this, this.table, this.scopes);
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
        return this.scopes.open(ScopeLayer.entriesOf(customObjects));
    }

    /**
     * Takes the calling thread's open scopes as an immutable value, in O(1), to run work on other threads as
     * if they were open there. On a thread without scopes it returns one shared, empty snapshot.
     * <pre>{@code
     * ScopeSnapshot snapshot = registry.captureScopes();
     * Future<Layer> layer = executor.submit(snapshot.wrap(() -> serializer.fromJson(json, Layer.class)));
     * }</pre>
     * @return the snapshot; see {@link ScopeSnapshot} for what a task run under it sees
     */
    public ScopeSnapshot captureScopes() {
        return this.scopes.capture();
    }

    /**
     * The number of scopes open on the calling thread, counting those of a {@link ScopeSnapshot} that a task
     * runs under; 0 outside any scope.
     */
    public int scopeDepth() {
        return this.scopes.depth();
    }

    /**
     * Whether the calling thread holds any state of this registry in its {@code ThreadLocal}: true while a
     * scope is open, and after its last scope closed until a boundary, {@link #closeScopesAbove(int)
     * closeScopesAbove(0)}, clears the thread.
     */
    public boolean hasThreadState() {
        return this.scopes.current() != null;
    }

    /**
     * Closes, innermost first, every scope on the calling thread above {@code depth}: the boundary call for
     * code that must leave a thread clean, such as the end of an HTTP request or of a pooled task. Closed scopes
     * report {@link CustomObjectScope#isClosed()}, and closing them again is a no-op. When the thread ends at
     * depth 0, nothing of this registry stays in its {@code ThreadLocal}, so a pooled thread never pins a
     * discarded registry or its class loader. The scopes of a {@link ScopeSnapshot} that a task runs under are
     * counted by {@code depth} but never closed here; its attachment ends them.
     * <pre>{@code
     * int depth = registry.scopeDepth();
     * try { handle(request); }                 // may open scopes, and even leak one
     * finally { registry.closeScopesAbove(depth); }
     * }</pre>
     * @param depth the depth to return to, typically an earlier {@link #scopeDepth()}
     * @return how many scopes were closed; anything but 0 means a scope leaked
     */
    public int closeScopesAbove(int depth) {
        return this.scopes.closeAbove(depth);
    }

    /** This registry's scopes on every thread, for {@link ScopeSnapshot}. */
    ThreadScopes threadScopes() {
        return this.scopes;
    }

    @Override
    public String toString() {
        return "ObjectRegistry" + Arrays.toString(getRegistrations().stream().map(Registration::name).toArray());
    }
}
