package io.github.objectregistry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.objectregistry.DuplicateRegistrationException.Conflict;

/**
 * The global entries of one {@link ObjectRegistry}: every name and alias with its {@link Registration}, and
 * the primary name of each registered target.
 *
 * <p>An entry is either a registration, made by {@code register(...)}, whose target is written under its
 * primary name; or a plain entry, put through {@code getCustomObjects()} for a target that is not registered,
 * which resolves when reading but never names its target when writing, as in Keras.
 *
 * <p>Reads take no lock. Writes are serialized, and never remove a name that stays bound: a name that changes
 * hands is overwritten in place, so a concurrent reader sees the earlier target or the later one, never
 * neither.
 */
final class RegistrationTable {

    private static final System.Logger logger = System.getLogger(ObjectRegistry.class.getName());

    private final ConflictPolicy conflictPolicy;

    /** Every name and alias, each mapped to its registration. */
    private final Map<String, Registration> entries = new ConcurrentHashMap<>();

    /** Registered target (a class, or an {@link IdentityKey} of an instance) to its primary name. */
    private final Map<Object, String> names = new ConcurrentHashMap<>();

    /**
     * How many instances of each class are registered, so that asking for the name of an object whose class
     * has none (the common case when writing JSON) is one map read, with no identity key to allocate.
     */
    private final Map<Class<?>, Integer> instanceTypes = new ConcurrentHashMap<>();

    /**
     * Each primary name taken under {@link ConflictPolicy#REPLACE}, to the key of the target it was taken
     * from, so that putting that target back under the name restores its registration. At most one per name;
     * used under the lock only.
     */
    private final Map<String, Object> displaced = new HashMap<>();

    private final Object writeLock = new Object();

    RegistrationTable(ConflictPolicy conflictPolicy) {
        this.conflictPolicy = conflictPolicy;
    }

    ConflictPolicy conflictPolicy() {
        return this.conflictPolicy;
    }

    /** The registration a name or alias belongs to, or {@code null}. */
    Registration get(String name) {
        return this.entries.get(name);
    }

    /** The primary name of a registered class or instance, or {@code null}. */
    String nameOf(Object classOrInstance) {
        if (!(classOrInstance instanceof Class) && !this.instanceTypes.containsKey(classOrInstance.getClass())) {
            return null;
        }
        return this.names.get(keyOf(classOrInstance));
    }

    /** Every entry once, sorted by primary name. */
    List<Registration> registrations() {
        return this.entries.values().stream().distinct().sorted(Comparator.comparing(Registration::name)).toList();
    }

    /** Every name and alias with its target, sorted by name. */
    Map<String, Object> targetsByName() {
        Map<String, Object> targets = new LinkedHashMap<>();
        this.entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach((entry) -> targets.put(entry.getKey(), entry.getValue().target()));
        return targets;
    }

    /**
     * Registers a target under a checked primary name and aliases, merging with its earlier registration.
     * Under {@link ConflictPolicy#FAIL} every conflict is found before anything changes.
     */
    String register(String primary, Object target, List<String> aliases) {
        synchronized (this.writeLock) {
            String previousName = this.names.get(keyOf(target));
            if (previousName != null && !previousName.equals(primary)) {
                // Under REPLACE the later name wins, and the earlier names stay readable as aliases.
                failUnlessReplacing(RegistrationRules.describe(target) + " is already registered as '" + previousName
                        + "', so it cannot also be registered as '" + primary + "'.",
                        "Register it once and give its other names as aliases, for example @RegisterSerializable("
                                + "value = ..., name = ..., aliases = {\"" + primary + "\"}): an alias is read but "
                                + "never written.", previousName, Conflict.ALREADY_REGISTERED);
            }
            Set<String> keys = new LinkedHashSet<>();
            keys.add(primary);
            keys.addAll(aliases);
            for (String key : keys) {
                takeFromOtherTarget(key, target, "register " + RegistrationRules.describe(target) + " as",
                        "Give one of them another name with @RegisterSerializable(value = ..., name = ...), remove one "
                                + "registration, or use ConflictPolicy.REPLACE if the later one should win.");
            }
            Set<String> allNames = namesOf(registrationOf(target));
            allNames.addAll(keys);
            Registration registration = registration(primary, target, allNames);
            if (!primary.equals(previousName) || !registration.equals(this.entries.get(primary))) {
                install(registration);
                logger.log(Level.DEBUG, () -> "Registered " + RegistrationRules.describe(target) + " as '" + primary
                        + "'" + (registration.aliases().isEmpty() ? "" : " with aliases " + registration.aliases()));
            }
            return primary;
        }
    }

    /**
     * Binds a name as Keras's {@code get_custom_objects()[name] = value} does, under the conflict policy. A
     * registered target gains the name as an alias, or as its primary name again if the name was taken from
     * it; any other target gets a plain entry.
     */
    Object put(String name, Object value) {
        synchronized (this.writeLock) {
            Registration holder = this.entries.get(name);
            if (holder != null && holder.target() == value) {
                return value;
            }
            boolean restoring = keyOf(value).equals(this.displaced.get(name));
            takeFromOtherTarget(name, value, "put " + RegistrationRules.describe(value) + " under",
                    "No scope is open on this thread, so this put would change the registry for every thread. To "
                            + "override the name for one block, open customObjectScope(Map.of(\"" + name + "\", ...)), "
                            + "or run this code where its request's or task's scope is carried (see ScopeSnapshot); to "
                            + "change the registry itself, use ConflictPolicy.REPLACE if the later one should win.");
            Set<String> allNames = namesOf(registrationOf(value));
            if (restoring) {
                allNames.add(name);
                install(registration(name, value, allNames));
            }
            else if (!allNames.isEmpty()) {
                allNames.add(name);
                install(registration(allNames.iterator().next(), value, allNames));
            }
            else {
                this.entries.put(name, new Registration(name, value, List.of()));
            }
            return (holder != null) ? holder.target() : null;
        }
    }

    /**
     * Removes a name. Removing a primary name removes its whole registration, aliases included, and the
     * table forgets the target; removing an alias removes just that alias.
     */
    Object remove(String name) {
        synchronized (this.writeLock) {
            Registration registration = this.entries.get(name);
            if (registration == null) {
                return null;
            }
            Object target = registration.target();
            if (registration.name().equals(name)) {
                registration.aliases().forEach((alias) -> this.entries.remove(alias, registration));
                if (unname(target, name)) {
                    this.displaced.values().removeIf(keyOf(target)::equals);
                }
            }
            else {
                release(name, registration);
            }
            this.entries.remove(name);
            return target;
        }
    }

    /**
     * If {@code name} belongs to another target: throws under {@link ConflictPolicy#FAIL}, and under
     * {@link ConflictPolicy#REPLACE} takes the name from it, leaving the caller to bind the name over it.
     */
    private void takeFromOtherTarget(String name, Object target, String action, String fix) {
        Registration holder = this.entries.get(name);
        if (holder != null && holder.target() != target) {
            failUnlessReplacing("Cannot " + action + " '" + name + "': that name is already registered to "
                    + RegistrationRules.describe(holder.target()) + ".", fix, name, Conflict.NAME_TAKEN);
            release(name, holder);
        }
    }

    private void failUnlessReplacing(String problem, String fix, String contested, Conflict conflict) {
        if (this.conflictPolicy == ConflictPolicy.REPLACE) {
            logger.log(Level.DEBUG, () -> problem + " The later registration wins.");
            return;
        }
        throw new DuplicateRegistrationException(problem, fix, contested, conflict);
    }

    /**
     * Takes {@code name} from {@code holder}, which keeps its other names; if it was the primary name, the
     * first remaining alias becomes primary. Every remaining name is overwritten, never removed. Binding or
     * removing {@code name} itself is left to the caller.
     */
    private void release(String name, Registration holder) {
        Object target = holder.target();
        boolean registered = holder.name().equals(this.names.get(keyOf(target)));
        if (registered && holder.name().equals(name)) {
            this.displaced.put(name, keyOf(target));
        }
        Set<String> remaining = namesOf(holder);
        remaining.remove(name);
        if (remaining.isEmpty()) {
            if (unname(target, name)) {
                // Silent here, it would surface much later as JSON that cannot be read back.
                logger.log(Level.WARNING, () -> RegistrationRules.describe(target) + " lost its only name '" + name
                        + "' to a later registration under on-conflict=replace and is no longer registered. "
                        + "Give it an alias to keep it readable, or remove one of the two registrations.");
            }
            return;
        }
        Registration rest = registration(remaining.iterator().next(), target, remaining);
        remaining.forEach((other) -> this.entries.put(other, rest));
        if (registered) {
            this.names.put(keyOf(target), rest.name());
        }
    }

    /** Binds every name of a registration over whatever held it, and makes it its target's registration. */
    private void install(Registration registration) {
        Object target = registration.target();
        this.entries.put(registration.name(), registration);
        registration.aliases().forEach((alias) -> this.entries.put(alias, registration));
        if (this.names.put(keyOf(target), registration.name()) == null && !(target instanceof Class)) {
            this.instanceTypes.merge(target.getClass(), 1, Integer::sum);
        }
        this.displaced.remove(registration.name(), keyOf(target));
    }

    /** Unregisters a target if {@code name} is its primary name; returns whether it did. */
    private boolean unname(Object target, String name) {
        if (!this.names.remove(keyOf(target), name)) {
            return false;
        }
        if (!(target instanceof Class)) {
            this.instanceTypes.computeIfPresent(target.getClass(), (type, count) -> (count > 1) ? count - 1 : null);
        }
        return true;
    }

    /** The registration a target is written under, or {@code null} if it is not registered. */
    private Registration registrationOf(Object target) {
        String name = this.names.get(keyOf(target));
        return (name != null) ? this.entries.get(name) : null;
    }

    /** A registration's primary name then its aliases, in order; empty for {@code null}. */
    private static Set<String> namesOf(Registration registration) {
        Set<String> all = new LinkedHashSet<>();
        if (registration != null) {
            all.add(registration.name());
            all.addAll(registration.aliases());
        }
        return all;
    }

    private static Registration registration(String primary, Object target, Set<String> allNames) {
        List<String> aliases = new ArrayList<>(allNames);
        aliases.remove(primary);
        return new Registration(primary, target, aliases);
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
