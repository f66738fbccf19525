package io.github.objectregistry.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The format of the start-up index: a UTF-8 text file at {@value #LOCATION} in a classpath root (a jar, or a
 * classes directory), one binary class name a line ({@code com.acme.Shapes$Circle}), sorted; lines starting
 * with {@code #} are comments. It lists every {@code @RegisterSerializable} class of that root and nothing
 * else, so an empty list is meaningful: the root has none.
 *
 * <pre>
 * # object-registry index, format 1: the @RegisterSerializable classes of this classpath root.
 * com.acme.Shapes$Circle
 * com.acme.Triangle
 * </pre>
 */
final class RegisteredTypesIndex {

    /**
     * Where the index lives in its classpath root. At the root rather than under {@code META-INF/}: Spring Boot's
     * Maven repackaging moves the application's {@code META-INF/} to the jar's root, away from
     * {@code BOOT-INF/classes/}, and an index must sit in the same root as the classes it lists. The
     * starter reads it from the same place.
     */
    static final String LOCATION = "object-registry.index";

    static final String HEADER = "# object-registry index, format 1: the @RegisterSerializable classes of this "
            + "classpath root.";

    private RegisteredTypesIndex() {
    }

    static List<String> read(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    static void write(Collection<String> names, Writer writer) throws IOException {
        writer.write(HEADER);
        writer.write('\n');
        for (String name : names) {
            writer.write(name);
            writer.write('\n');
        }
    }
}
