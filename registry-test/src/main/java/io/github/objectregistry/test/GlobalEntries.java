package io.github.objectregistry.test;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.github.objectregistry.ObjectRegistry;

/**
 * The global entries of a registry that several test classes share, as one class found them, so that a change
 * the class made there (a {@code register(...)}, or a {@code put} outside any scope: from {@code @BeforeAll},
 * from another thread) is reported rather than silently seen by the next class.
 *
 * <p>The test support refuses such a change: the class that made it fails, naming the names, and the shared
 * context is dropped, so the next class starts with a fresh registry either way.
 */
final class GlobalEntries {

    private final Map<String, Object> entries;

    private GlobalEntries(Map<String, Object> entries) {
        this.entries = entries;
    }

    /** The registry's global entries now; called with no scope open on this thread. */
    static GlobalEntries of(ObjectRegistry registry) {
        return new GlobalEntries(Map.copyOf(registry.getCustomObjects()));
    }

    /**
     * Checks that the registry's global entries are as they were.
     * @param registry the registry, with no scope open on this thread
     * @param testClass the class that ran in between
     * @param fix what the test class can do instead, for the message
     * @throws IllegalStateException naming every name that was added, removed or changed
     */
    void requireUnchangedBy(ObjectRegistry registry, Class<?> testClass, String fix) {
        Map<String, Object> now = registry.getCustomObjects();
        Set<String> changed = new TreeSet<>();
        this.entries.forEach((name, target) -> {
            if (!Objects.equals(now.get(name), target)) {
                changed.add(name);
            }
        });
        now.keySet().stream().filter((name) -> !this.entries.containsKey(name)).forEach(changed::add);
        if (!changed.isEmpty()) {
            throw new IllegalStateException("The test class " + testClass.getName() + " changed the global entries "
                    + "of an ObjectRegistry that other test classes share: " + changed + ". The test support refuses "
                    + "such a change, as the next test class would see it; the shared registry has been dropped. "
                    + fix);
        }
    }
}
