package io.github.objectregistry.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile documents under test resources {@code hostile/}, with the error fragment each must produce and
 * the {@link EnvelopeError.Reason} its error must carry, read from the table in that folder's README.
 */
public final class HostileCorpus {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\| `(.+)` \\| ([A-Z_]+|-) \\|$");

    /**
     * One document, what it tries, a fragment of the message its error must carry, and the reason of the
     * registry's refusal ({@code null} when Jackson itself refuses the document).
     */
    public record Case(String file, String what, String expected, EnvelopeError.Reason reason, byte[] content) {

        @Override
        public String toString() {
            return this.file;
        }
    }

    private HostileCorpus() {
    }

    /** Every row of the README's table, in order. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : new String(read("README.md")).lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                EnvelopeError.Reason reason = "-".equals(row.group(4)) ? null : EnvelopeError.Reason.valueOf(row.group(4));
                cases.add(new Case(row.group(1), row.group(2), row.group(3), reason, read(row.group(1))));
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
