package io.github.objectregistry.test.app.slices;

/** The request bodies the slice tests read. */
final class Envelopes {

    /** A {@code Discount} of 10 %, as Keras writes an envelope. */
    static final String DISCOUNT = """
            {"module": "io.github.objectregistry.test.app", "class_name": "Discount",
             "config": {"percent": 10}, "registered_name": "shop>Discount"}""";

    /** A name nothing registers. */
    static final String UNKNOWN = """
            {"class_name": "Discont", "config": {"percent": 10}, "registered_name": "shop>Discont"}""";

    private Envelopes() {
    }
}
