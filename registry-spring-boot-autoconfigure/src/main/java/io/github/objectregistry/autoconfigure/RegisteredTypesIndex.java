package io.github.objectregistry.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up indexes on the classpath: each {@value #LOCATION} that {@code registry-processor} wrote lists
 * every {@code @RegisterSerializable} class of its own classpath root (a jar or a classes directory), one
 * binary name a line, {@code #} starting a comment.
 *
 * <p>An index speaks for its own root only. So a package counts as covered only when every root that holds
 * the package has an index: a package split across a jar with an index and one without must still be
 * scanned. Roots holding a package are found as the scan finds them, by the package's directory.
 */
final class RegisteredTypesIndex {

    /**
     * Where the index lives in its classpath root. At the root rather than under {@code META-INF/}: Spring Boot's
     * Maven repackaging moves the application's {@code META-INF/} to the jar's root, away from
     * {@code BOOT-INF/classes/}, and an index must sit in the same root as the classes it lists.
     */
    static final String LOCATION = "object-registry.index";

    /** An index that covers nothing, for when the scan is forced. */
    static final RegisteredTypesIndex NONE = new RegisteredTypesIndex(null, Map.of());

    private final ClassLoader classLoader;

    /** The classes listed by each root's index, by the root's URL. */
    private final Map<String, List<String>> typesByRoot;

    private RegisteredTypesIndex(ClassLoader classLoader, Map<String, List<String>> typesByRoot) {
        this.classLoader = classLoader;
        this.typesByRoot = typesByRoot;
    }

    /**
     * Reads every index visible to the class loader.
     * @param classLoader the application's class loader
     * @return the indexes, possibly none
     */
    static RegisteredTypesIndex load(ClassLoader classLoader) {
        Map<String, List<String>> typesByRoot = new HashMap<>();
        for (URL url : resources(classLoader, LOCATION)) {
            typesByRoot.put(root(url, LOCATION), read(url));
        }
        return new RegisteredTypesIndex(classLoader, typesByRoot);
    }

    /** Whether no index was found. */
    boolean isEmpty() {
        return this.typesByRoot.isEmpty();
    }

    /**
     * The registered classes of a package and its sub-packages, when indexes cover it.
     * @param packageName a package to scan, such as {@code com.acme}
     * @return the listed classes under the package, each with the location of the index that lists it, or
     * {@code null} when it has to be scanned: some root that holds the package has no index, or no root holds it
     */
    Map<String, String> typesIn(String packageName) {
        if (this.typesByRoot.isEmpty() || packageName.isEmpty()) {
            return null;
        }
        String directory = packageName.replace('.', '/') + "/";
        List<URL> holders = resources(this.classLoader, directory);
        Map<String, String> types = new LinkedHashMap<>();
        for (URL holder : holders) {
            String root = root(holder, directory);
            List<String> listed = this.typesByRoot.get(root);
            if (listed == null) {
                return null;
            }
            listed.stream()
                .filter((name) -> name.startsWith(packageName + "."))
                .forEach((name) -> types.putIfAbsent(name, root + LOCATION));
        }
        return holders.isEmpty() ? null : types;
    }

    /** The root a resource was found in: its URL less the resource's path, as in {@code jar:file:/a.jar!/}. */
    private static String root(URL resource, String path) {
        String url = resource.toExternalForm();
        return url.endsWith(path) ? url.substring(0, url.length() - path.length()) : url;
    }

    private static List<URL> resources(ClassLoader classLoader, String path) {
        try {
            return Collections.list(classLoader.getResources(path));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not list " + path + " on the classpath", ex);
        }
    }

    private static List<String> read(URL index) {
        List<String> names = new ArrayList<>();
        try (InputStream in = index.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the object-registry index " + index + "; rebuild the jar "
                    + "that holds it, or set object-registry.scan.use-index=false to scan instead", ex);
        }
        return List.copyOf(names);
    }
}
