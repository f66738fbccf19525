package io.github.objectregistry.json;

import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * What reading an envelope's keys and names costs, kept low: the keys are matched as Jackson's own bean
 * deserializer matches properties ({@link #keys(TokenStreamFactory)}, for {@link JsonParser#nextNameMatch}), and
 * the names a document repeats ({@code class_name}, {@code registered_name}) are read from the parser's
 * characters into one shared string per name ({@link #read(JsonParser)}), so that reading them allocates
 * nothing and their hash, which the registry's lookup needs, is computed once rather than per envelope.
 */
final class EnvelopeNames {

    /** Slots for distinct names; a name whose slot another name took is simply read again. */
    private static final int SLOTS = 256;

    /** Longer strings are not names worth keeping; they are read as they are. */
    private static final int LONGEST = 64;

    /**
     * Written and read without a lock: a reader that misses another thread's write only reads the name again,
     * and a {@link String} is safe to publish this way, its fields being final.
     */
    private final String[] names = new String[SLOTS];

    /** The key matcher for the token stream factory it was made for: one per mapper in practice. */
    private volatile Keys keys;

    /**
     * The matcher of the envelope's keys, whose indexes are positions in {@link Envelope#KEYS}, made for the
     * factory of the parser it will match on (a binary format's parser matches differently from JSON's).
     */
    PropertyNameMatcher keys(TokenStreamFactory factory) {
        Keys current = this.keys;
        if (current == null || current.factory() != factory) {
            List<Named> named = Envelope.KEYS.stream().map(Named::fromString).toList();
            current = new Keys(factory, factory.constructNameMatcher(named, true));
            this.keys = current;
        }
        return current.matcher();
    }

    /** The string value at the parser's current token, shared with earlier reads of the same characters. */
    String read(JsonParser p) {
        int length = p.getStringLength();
        if (length > LONGEST || !p.hasStringCharacters()) {
            return p.getString();
        }
        char[] chars = p.getStringCharacters();
        int offset = p.getStringOffset();
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = this.names[slot];
        if (known != null && known.length() == length && matches(known, chars, offset)) {
            return known;
        }
        String name = new String(chars, offset, length);
        this.names[slot] = name;
        return name;
    }

    private static boolean matches(String known, char[] chars, int offset) {
        for (int i = 0, length = known.length(); i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private record Keys(TokenStreamFactory factory, PropertyNameMatcher matcher) {
    }
}
