package io.github.objectregistry.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.objectregistry.RegisterSerializable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The {@code @RegisterSerializable} classes of the scanned packages, by name, read from the start-up indexes
 * or found by scanning. It is a bean of its own so that ahead-of-time processing can replace the index and the
 * scan, which finds nothing in a native image, with the list they gave at build time.
 */
public final class RegisteredTypes {

    private static final Log logger = LogFactory.getLog(RegisteredTypes.class);

    private final List<String> typeNames;

    private final List<String> packages;

    /** The index that listed each class read from one, by class name. */
    private final Map<String, String> indexes;

    private RegisteredTypes(Collection<String> typeNames, List<String> packages, Map<String, String> indexes) {
        this.typeNames = List.copyOf(new TreeSet<>(typeNames));
        this.packages = List.copyOf(packages);
        this.indexes = Map.copyOf(indexes);
    }

    /**
     * Creates the list from known class names, as code generated ahead of time does.
     * @param typeNames fully qualified class names
     * @return the list
     */
    public static RegisteredTypes of(String... typeNames) {
        return new RegisteredTypes(List.of(typeNames), List.of(), Map.of());
    }

    /**
     * Finds the {@code @RegisterSerializable} classes of packages and their sub-packages: from the indexes that
     * {@code registry-processor} wrote where they cover a package, by scanning the classpath where none does.
     * @param environment the environment, for placeholders in package names
     * @param resourceLoader where to find the classes and the indexes
     * @param packages the packages
     * @param useIndex {@code false} to scan every package even where an index covers it
     * @return the classes found
     */
    public static RegisteredTypes find(Environment environment, ResourceLoader resourceLoader,
            List<String> packages, boolean useIndex) {
        RegisteredTypesIndex index = useIndex ? RegisteredTypesIndex.load(resourceLoader.getClassLoader())
                : RegisteredTypesIndex.NONE;
        Map<String, String> indexes = new HashMap<>();
        List<String> indexed = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        for (String packageName : packages) {
            String resolved = environment.resolveRequiredPlaceholders(packageName);
            Map<String, String> listed = index.typesIn(resolved);
            if (listed != null) {
                listed.forEach(indexes::putIfAbsent);
                indexed.add(resolved);
            }
            else {
                scanned.add(resolved);
            }
        }
        Set<String> names = new TreeSet<>(indexes.keySet());
        int fromIndex = names.size();
        names.addAll(new RegisteredTypesScan(resourceLoader).scan(scanned));
        if (logger.isDebugEnabled()) {
            logger.debug("Object registry: " + fromIndex + " @RegisterSerializable classes of " + indexed
                    + " read from " + RegisteredTypesIndex.LOCATION + "; scanned " + scanned + " for the rest"
                    + (useIndex ? (index.isEmpty() ? " (no index on the classpath)" : "")
                            : " (object-registry.scan.use-index=false)"));
        }
        return new RegisteredTypes(names, packages, indexes);
    }

    /** The class names, sorted. */
    public List<String> getTypeNames() {
        return this.typeNames;
    }

    /** The packages whose classes these are (indexed or scanned); empty when the list was generated ahead of time. */
    public List<String> getPackages() {
        return this.packages;
    }

    /**
     * Loads the classes. The names come from the application's own scan or indexes, never from input.
     * @param classLoader the class loader
     * @return the classes, in name order
     * @throws StaleIndexException if an index lists a class that is gone or no longer carries
     * {@code @RegisterSerializable}
     */
    public List<Class<?>> load(ClassLoader classLoader) {
        return this.typeNames.stream().<Class<?>>map((name) -> load(name, classLoader)).toList();
    }

    private Class<?> load(String name, ClassLoader classLoader) {
        String index = this.indexes.get(name);
        Class<?> type;
        try {
            type = ClassUtils.forName(name, classLoader);
        }
        catch (ClassNotFoundException | LinkageError ex) {
            if (index != null && ex instanceof ClassNotFoundException) {
                throw new StaleIndexException(index, name, "a class that is not on the classpath", ex);
            }
            throw new IllegalStateException("Cannot load " + name + ", a @RegisterSerializable class "
                    + ((index != null) ? "that " + index + " lists" : "that the scan found") + ": " + ex, ex);
        }
        // The processor lists only classes that carry the annotation themselves, so one that lacks it was
        // changed after the index was written; registering it anyway would invent a name for it.
        if (index != null && type.getDeclaredAnnotation(RegisterSerializable.class) == null) {
            throw new StaleIndexException(index, name, "a class that does not carry @RegisterSerializable", null);
        }
        return type;
    }

    @Override
    public String toString() {
        return "RegisteredTypes" + this.typeNames;
    }
}
