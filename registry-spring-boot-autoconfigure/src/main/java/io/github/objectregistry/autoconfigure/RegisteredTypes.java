package io.github.objectregistry.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

    private RegisteredTypes(Collection<String> typeNames, List<String> packages) {
        this.typeNames = List.copyOf(new TreeSet<>(typeNames));
        this.packages = List.copyOf(packages);
    }

    /**
     * Creates the list from known class names, as code generated ahead of time does.
     * @param typeNames fully qualified class names
     * @return the list
     */
    public static RegisteredTypes of(String... typeNames) {
        return new RegisteredTypes(List.of(typeNames), List.of());
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
        Set<String> names = new TreeSet<>();
        List<String> indexed = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        for (String packageName : packages) {
            List<String> listed = index.typesIn(environment.resolveRequiredPlaceholders(packageName));
            if (listed != null) {
                names.addAll(listed);
                indexed.add(packageName);
            }
            else {
                scanned.add(packageName);
            }
        }
        int fromIndex = names.size();
        names.addAll(new RegisteredTypesScan(environment, resourceLoader).scan(scanned));
        if (logger.isDebugEnabled()) {
            logger.debug("Object registry: " + fromIndex + " @RegisterSerializable classes of " + indexed
                    + " read from " + RegisteredTypesIndex.LOCATION + "; scanned " + scanned + " for the rest"
                    + (useIndex ? (index.isEmpty() ? " (no index on the classpath)" : "")
                            : " (object-registry.scan.use-index=false)"));
        }
        return new RegisteredTypes(names, packages);
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
     * Loads the classes. The names come from the application's own scan, never from input.
     * @param classLoader the class loader
     * @return the classes, in name order
     */
    public List<Class<?>> load(ClassLoader classLoader) {
        return this.typeNames.stream().<Class<?>>map((name) -> load(name, classLoader)).toList();
    }

    private static Class<?> load(String name, ClassLoader classLoader) {
        try {
            return ClassUtils.forName(name, classLoader);
        }
        catch (ClassNotFoundException | LinkageError ex) {
            throw new IllegalStateException("Cannot load " + name + ", a @RegisterSerializable class that the scan "
                    + "found or that a " + RegisteredTypesIndex.LOCATION + " lists: " + ex + ". If that index is "
                    + "stale, rebuild the jar that holds it, or set object-registry.scan.use-index=false to scan "
                    + "instead.", ex);
        }
    }

    @Override
    public String toString() {
        return "RegisteredTypes" + this.typeNames;
    }
}
