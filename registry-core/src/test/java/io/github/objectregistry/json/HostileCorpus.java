package io.github.objectregistry.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile documents under test resources {@code hostile/}, with the error fragment each must produce, read
 * from the table in that folder's README.
 */
public final class HostileCorpus {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\| `(.+)` \\|$");

    /** One document, what it tries, and a fragment of the message its error must carry. */
    public record Case(String file, String what, String expected, byte[] content) {

        @Override
        public String toString() {
            return this.file;
        }
    }

    private HostileCorpus() {
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : new String(read("README.md")).lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                cases.add(new Case(row.group(1), row.group(2), row.group(3), read(row.group(1))));
            }
        }
        return cases;
    }

    private static byte[] read(String file) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + file)) {
            if (in == null) {
                throw new IllegalStateException("hostile/" + file + " is listed but missing");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
