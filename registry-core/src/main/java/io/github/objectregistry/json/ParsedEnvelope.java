package io.github.objectregistry.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * One envelope as it is read: the value of each key, checked for its JSON type as it arrives, and what has
 * been done with the config. This is the envelope's syntax; what the names mean is {@link NameResolver}'s.
 */
final class ParsedEnvelope {

    private static final int MODULE = 1 << Envelope.MODULE_INDEX;

    private static final int REGISTERED_NAME = 1 << Envelope.REGISTERED_NAME_INDEX;

    final JavaType declared;

    private final EnvelopeNames names;

    /** One bit per envelope key already read. */
    private int seen;

    String module;

    String className;

    String registeredName;

    Long sharedId;

    /** The document's {@code config_version}: 0 while not (yet) read, 1 once the envelope ended without one. */
    int configVersion;

    /** The version the config was bound as, once built from the stream before the envelope ended; else 0. */
    int boundVersion;

    /** A config read as a tree because its version was still unknown and the class needs to know it. */
    ObjectNode deferredConfig;

    /**
     * The first unknown key read before {@code class_name}. Until {@code class_name} comes, such a key may mean
     * a plain object rather than an envelope with an extra key, so a strict mapper refuses it only then.
     */
    private String unknownKey;

    /** Whether the object's very first key was {@link #unknownKey}: without {@code class_name}, it is no envelope. */
    private boolean startsWithUnknownKey;

    boolean hasConfig;

    boolean built;

    boolean configSkipped;

    /** How many shared ids the read had recorded when this envelope's config began. */
    int sharedIdsBeforeConfig;

    TokenBuffer bufferedConfig;

    Object value;

    ParsedEnvelope(JavaType declared, EnvelopeNames names) {
        this.declared = declared;
        this.names = names;
    }

    /**
     * Reads the value of the key at {@code index} in {@link Envelope#KEYS} (or an unknown key, for any other
     * index), the parser being on that value. Returns {@code false} only for {@code config}, which the caller
     * reads, since reading it may build the object.
     */
    boolean readKey(JsonParser p, DeserializationContext ctxt, int index, JsonToken value) {
        if (index < 0) {
            skipUnknownKey(p, ctxt, p.currentName());
            return true;
        }
        String key = Envelope.KEYS.get(index);
        markSeen(p, 1 << index, key);
        switch (index) {
            case Envelope.CLASS_NAME_INDEX -> {
                this.className = readClassName(p, value);
                if (this.unknownKey != null && failsOnUnknownKeys(ctxt)) {
                    throw EnvelopeErrors.unknownKey(p, this.declared, knownName(), this.unknownKey);
                }
            }
            case Envelope.MODULE_INDEX ->
                this.module = hasRegisteredName() ? skipName(p, key, value) : readName(p, key, value, true);
            case Envelope.REGISTERED_NAME_INDEX -> {
                String name = readName(p, key, value, true);
                // Null and "" mean "look further" (Keras writes null for built-ins); only blanks are wrong.
                this.registeredName = (name == null || name.isEmpty()) ? name : requireNotBlank(p, key, name);
            }
            case Envelope.CONFIG_INDEX -> {
                return false;
            }
            case Envelope.SHARED_OBJECT_ID_INDEX -> this.sharedId = readSharedId(p, value);
            case Envelope.CONFIG_VERSION_INDEX -> this.configVersion = readConfigVersion(p, value);
            case Envelope.BUILD_CONFIG_INDEX, Envelope.COMPILE_CONFIG_INDEX -> skipObject(p, key, value);
            default -> throw new IllegalStateException("No reading rule for the envelope key '" + key + "'");
        }
        return true;
    }

    /**
     * A Keras marker is refused here, on {@code class_name} itself, before any name is resolved: no
     * {@code registered_name} or {@code module} can lift it.
     */
    private String readClassName(JsonParser p, JsonToken value) {
        String name = requireNotBlank(p, Envelope.CLASS_NAME, readName(p, Envelope.CLASS_NAME, value, false));
        if (Envelope.isKerasMarker(name)) {
            throw EnvelopeErrors.kerasMarker(p, this.declared, "\"class_name\":", name);
        }
        return name;
    }

    /** Records a key; a repeated key is an error, since a later value would silently win. */
    private void markSeen(JsonParser p, int bit, String key) {
        if ((this.seen & bit) != 0) {
            throw EnvelopeErrors.duplicateKey(p, this.declared, knownName(), key);
        }
        this.seen |= bit;
    }

    boolean isFunction() {
        return Envelope.FUNCTION.equals(this.className);
    }

    private boolean hasRegisteredName() {
        return this.registeredName != null && !this.registeredName.isEmpty();
    }

    /** Whether keys still to come can no longer change the name to look up. */
    boolean nameIsFinal() {
        if (this.className == null) {
            return false;
        }
        if (isFunction() || hasRegisteredName()) {
            return true;
        }
        return (this.seen & (REGISTERED_NAME | MODULE)) == (REGISTERED_NAME | MODULE);
    }

    /**
     * The name the envelope has given so far, for error messages: its lookup name once {@code class_name} or
     * a {@code registered_name} was read; {@code null} before, and for a function, whose name is its config.
     */
    String knownName() {
        if (isFunction() || Envelope.FUNCTION.equals(this.registeredName)) {
            return null;
        }
        return (hasRegisteredName() || this.className != null) ? lookupName() : null;
    }

    /** Refuses an envelope that ended without {@code class_name}, telling a plain object from an envelope. */
    void requireClassName(JsonParser p) {
        if (this.className == null) {
            throw this.startsWithUnknownKey ? EnvelopeErrors.plainObject(p, this.declared, this.unknownKey)
                    : EnvelopeErrors.blankName(p, this.declared, Envelope.CLASS_NAME, null);
        }
    }

    /** DESIGN §4.5's name to look up; {@code class_name} is known to be present by the time it is asked. */
    String lookupName() {
        return Envelope.lookupName(this.module, (this.className != null) ? this.className : "", this.registeredName);
    }

    private String readName(JsonParser p, String key, JsonToken token, boolean nullable) {
        if (token == JsonToken.VALUE_STRING) {
            return this.names.read(p);
        }
        if (nullable && token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw EnvelopeErrors.wrongType(p, this.declared, knownName(), key, nullable ? "a string or null" : "a string",
                token);
    }

    private String requireNotBlank(JsonParser p, String key, String name) {
        return requireNotBlank(p, this.declared, key, name);
    }

    /** Names are checked where they are read, so an error names the key that holds the blank. */
    static String requireNotBlank(JsonParser p, JavaType declared, String key, String name) {
        if (name.isBlank()) {
            throw EnvelopeErrors.blankName(p, declared, key, name);
        }
        return name;
    }

    /**
     * Checks a name's JSON type without decoding it, once {@code registered_name} has decided the lookup; the
     * parser then skips the string's bytes.
     */
    private String skipName(JsonParser p, String key, JsonToken token) {
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
            throw EnvelopeErrors.wrongType(p, this.declared, knownName(), key, "a string or null", token);
        }
        return null;
    }

    /** Keras's build and compile configs are objects; they mean nothing here, but their shape is still checked. */
    private void skipObject(JsonParser p, String key, JsonToken token) {
        if (token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL) {
            throw EnvelopeErrors.wrongType(p, this.declared, knownName(), key, "an object or null", token);
        }
        p.skipChildren();
    }

    private void skipUnknownKey(JsonParser p, DeserializationContext ctxt, String key) {
        if (this.className == null) {
            if (this.unknownKey == null) {
                this.unknownKey = key;
                this.startsWithUnknownKey = (this.seen == 0);
            }
        }
        else if (failsOnUnknownKeys(ctxt)) {
            throw EnvelopeErrors.unknownKey(p, this.declared, knownName(), key);
        }
        p.skipChildren();
    }

    private static boolean failsOnUnknownKeys(DeserializationContext ctxt) {
        return ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** After the last key, an absent version is 1: from here on the version is final. */
    void endKeys() {
        if (this.configVersion == 0) {
            this.configVersion = 1;
        }
    }

    private int readConfigVersion(JsonParser p, JsonToken token) {
        // A tree built from YAML or properties may hold the number as a long: any integral type in range is read.
        boolean whole = token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
        if (!whole || p.getLongValue() < 1 || p.getLongValue() > Integer.MAX_VALUE) {
            throw EnvelopeErrors.wrongType(p, this.declared, knownName(), Envelope.CONFIG_VERSION,
                    "a whole number from 1 up (absent means 1)", token, whole ? p.getText() : null);
        }
        return (int) p.getLongValue();
    }

    private Long readSharedId(JsonParser p, JsonToken token) {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw EnvelopeErrors.wrongType(p, this.declared, knownName(), Envelope.SHARED_OBJECT_ID, "an integer",
                    token);
        }
        return p.getLongValue();
    }
}
