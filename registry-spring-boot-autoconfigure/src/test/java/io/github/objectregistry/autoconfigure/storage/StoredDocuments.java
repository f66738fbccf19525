package io.github.objectregistry.autoconfigure.storage;

/** Stored JSON the registry must refuse, the same for every integration. */
public final class StoredDocuments {

    /** Names a class nobody registered. */
    public static final String UNKNOWN_NAME = "{\"module\":\"com.example\",\"class_name\":\"Gone\","
            + "\"config\":{\"percent\":5},\"registered_name\":\"pricing>Gone\"}";

    /** A Keras marker, which is never resolved. */
    public static final String MARKER = "{\"class_name\":\"__lambda__\",\"config\":{\"code\":\"x\"}}";

    /** Valid JSON, but not an envelope: {@code class_name} must be a string. */
    public static final String MALFORMED = "{\"class_name\":[\"Discount\"],\"config\":{\"percent\":5}}";

    private StoredDocuments() {
    }

    /** An envelope whose config nests {@code depth} arrays, deeper than the registry's read limit (100). */
    public static String tooDeep(int depth) {
        return "{\"class_name\":\"Discount\",\"registered_name\":\"pricing>Discount\",\"config\":{\"percent\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}}";
    }
}
