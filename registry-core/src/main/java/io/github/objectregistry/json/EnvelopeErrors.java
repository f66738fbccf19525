package io.github.objectregistry.json;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JavaType;

/**
 * Every error an envelope read can raise, each naming the input, the rule it broke and the fix, and each an
 * {@link EnvelopeError} with its reason. Names from the input are quoted and shortened, so a hostile 50 MB
 * name never ends up in a log line.
 */
final class EnvelopeErrors {

    private static final int MAX_QUOTED_LENGTH = 120;

    private static final String READ_LIMIT_FIX = " RegistrySerializer reads only documents within its "
            + "ReadLimits: shorten or flatten the document, or raise the limit (ReadLimits.with..., or the "
            + "object-registry.json.max-* properties) if such documents are expected.";

    private static final String SHAPE = "{\"class_name\": ..., \"config\": {...}, \"registered_name\": \"pkg>Name\"}";

    /** Keras's function shape, the envelope of a registered instance, with {@code %s} for its name. */
    private static final String FUNCTION_SHAPE = "{\"module\": \"builtins\", \"class_name\": \"function\", "
            + "\"config\": \"%s\", \"registered_name\": \"function\"}";

    private EnvelopeErrors() {
    }

    static UnknownNameException unknownName(JsonParser p, JavaType declared, String name,
            Collection<String> knownNames) {
        List<String> suggestions = NameSuggestions.closest(name, knownNames);
        String hint = suggestions.isEmpty() ? "No registered name is close to it."
                : "Did you mean " + suggestions.stream().map(EnvelopeErrors::quote).collect(Collectors.joining(", "))
                        + "?";
        return new UnknownNameException(p, "Unknown registered name " + quote(name) + " for " + typeName(declared)
                + ": only names that are registered, in an open custom object scope or in the custom objects "
                + "given to the read can be resolved, and class names are never loaded. " + hint
                + " Register the class with @RegisterSerializable or ObjectRegistry.register, or add it for this "
                + "read with customObjectScope(...).", declared, name, suggestions);
    }

    static RefusedNameException typeMismatch(JsonParser p, JavaType declared, String name, Class<?> actual) {
        return new RefusedNameException(p, "Registered name " + quote(name) + " resolves to "
                + actual.getName() + ", which is not a " + typeName(declared) + " as declared here. Use a name "
                + "registered to an implementation of " + typeName(declared) + ", or declare a broader type.",
                declared, name, EnvelopeError.Reason.TYPE_MISMATCH);
    }

    /**
     * A Keras marker where a name belongs.
     * @param where what held it, as the message names it: {@code "class_name":} or the function reference
     */
    static RefusedNameException kerasMarker(JsonParser p, JavaType declared, String where, String marker) {
        String reason = "__lambda__".equals(marker)
                ? "a Keras lambda is serialized Python bytecode, and reading it would mean running code taken "
                        + "from the input, which is never allowed."
                : "it stands for a Python value (a tensor, array, bytes, slice or type spec), not a registered "
                        + "name, and only registered names are read.";
        return new RefusedNameException(p, "Refusing " + where + " " + quote(marker) + " for " + typeName(declared)
                + ": " + reason + " Register a named class or instance and reference it by its registered name "
                + "instead.", declared, marker, EnvelopeError.Reason.MARKER);
    }

    static RefusedNameException classForFunction(JsonParser p, JavaType declared, String name, Class<?> type) {
        return new RefusedNameException(p, "The function reference " + quote(name) + " resolves to class "
                + type.getName() + ", but \"class_name\": \"function\" and bare names refer to registered "
                + "instances. Write the class as " + SHAPE + ", or register an instance under that name.",
                declared, name, EnvelopeError.Reason.TYPE_MISMATCH);
    }

    static MalformedEnvelopeException notAnEnvelope(JsonParser p, JavaType declared, JsonToken found) {
        return malformed(p, declared, null, "Expected an envelope object for " + typeName(declared) + ", found "
                + describe(found) + ". Write it as " + SHAPE + ", or a registered instance's name as a string.");
    }

    /**
     * An object whose first key is not an envelope key, and which has no {@code class_name}: most likely the
     * bare config of an object, written without its envelope.
     */
    static MalformedEnvelopeException plainObject(JsonParser p, JavaType declared, String firstKey) {
        return malformed(p, declared, null, "Expected an envelope for " + typeName(declared)
                + ", found an object with key " + quote(firstKey) + " and no \"class_name\": a plain object does not "
                + "say which registered class it holds. Write it as {\"class_name\": ..., \"registered_name\": "
                + "\"pkg>Name\", \"config\": {\"" + shorten(firstKey) + "\": ...}}.");
    }

    /**
     * A key of the wrong JSON type.
     * @param name the name the envelope gave before the key, or {@code null}
     */
    static MalformedEnvelopeException wrongType(JsonParser p, JavaType declared, String name, String key,
            String expected, JsonToken found) {
        return wrongType(p, declared, name, key, expected, found, null);
    }

    /** As above; {@code value}, when not {@code null}, is the text of a value of the right type but out of range. */
    static MalformedEnvelopeException wrongType(JsonParser p, JavaType declared, String name, String key,
            String expected, JsonToken found, String value) {
        return malformed(p, declared, name, "The \"" + key + "\" of " + envelopeFor(declared, name) + " must be "
                + expected + ", found " + ((value != null) ? value : describe(found)) + ". Expected shape: " + SHAPE
                + ".");
    }

    static MalformedEnvelopeException blankName(JsonParser p, JavaType declared, String key, String value) {
        return malformed(p, declared, value, "The \"" + key + "\" of an envelope for "
                + typeName(declared) + " is " + ((value == null) ? "missing" : "blank (" + quote(value) + ")")
                + ": an envelope must name what it holds. Write \"class_name\" and, for a registered object, "
                + "\"registered_name\": \"pkg>Name\".");
    }

    static MalformedEnvelopeException missingConfig(JsonParser p, JavaType declared, String name) {
        return malformed(p, declared, name, "The envelope for " + quote(name) + " has no \"config\": "
                + "a class is rebuilt from its config. Add \"config\": {...} (it may be empty).");
    }

    /** Keras reads an object as an envelope only with both keys, so an instance's name alone is not one. */
    static MalformedEnvelopeException missingInstanceConfig(JsonParser p, JavaType declared, String name) {
        return malformed(p, declared, name, "The envelope for " + quote(name) + " has no \"config\": "
                + quote(name) + " is a registered instance, and an object is an envelope only with both "
                + "\"class_name\" and \"config\", as in Keras. Write the instance as Keras writes functions, "
                + String.format(FUNCTION_SHAPE, shorten(name)) + ", or as its name alone, \"" + shorten(name)
                + "\".");
    }

    static MalformedEnvelopeException missingFunctionConfig(JsonParser p, JavaType declared) {
        return malformed(p, declared, null, "The function envelope has no \"config\": it names the registered "
                + "instance in \"config\", as in " + String.format(FUNCTION_SHAPE, "pkg>name") + ".");
    }

    /**
     * An instance's envelope with a config that means something: Keras drops it, since a function has none,
     * but dropping data silently hides the writer's mistake.
     * @param found the config's token
     * @param key the config's first key when it is an object, else {@code null}
     */
    static MalformedEnvelopeException instanceConfig(JsonParser p, JavaType declared, String name, JsonToken found,
            String key) {
        String config = (key != null) ? "with " + quote(key) : "that is " + describe(found);
        return malformed(p, declared, name, "The envelope for " + quote(name) + " has a \"config\" " + config
                + ", but " + quote(name) + " is a registered instance: an instance is never rebuilt "
                + "from a config, so the config would be silently dropped. Remove the config (an empty one is "
                + "accepted), or register a class under that name if the object is to be built from it.");
    }

    /** @param name the name the envelope gave before the repeated key, or {@code null} */
    static MalformedEnvelopeException duplicateKey(JsonParser p, JavaType declared, String name, String key) {
        return malformed(p, declared, name, "Duplicate key \"" + key + "\" in " + envelopeFor(declared, name)
                + ": each key may appear once, because a later one would silently win. Remove the repeated key.");
    }

    /** @param name the name the envelope gave before the unknown key, or {@code null} */
    static MalformedEnvelopeException unknownKey(JsonParser p, JavaType declared, String name, String key) {
        return malformed(p, declared, name, "Unknown key " + quote(key) + " in " + envelopeFor(declared, name)
                + ": an envelope has only " + String.join(", ", Envelope.KEYS) + ". Remove it: this mapper "
                + "fails on unknown properties, as RegistrySerializer always does, where a lenient mapper would "
                + "ignore the key, as Keras does.");
    }

    static MalformedEnvelopeException sharedIdReused(JsonParser p, JavaType declared, long id, Object first,
            String name) {
        return malformed(p, declared, name, "\"shared_object_id\": " + id + " was first used for an instance of "
                + first.getClass().getName() + " and is now used for " + quote(name) + ": one id must always "
                + "stand for the same object. Give each distinct object its own id, or drop the ids.");
    }

    static MalformedEnvelopeException sharedIdCycle(JsonParser p, JavaType declared, long id, String name) {
        return malformed(p, declared, name, "\"shared_object_id\": " + id + " of " + quote(name) + " is also used "
                + "inside its own config: an object cannot contain itself. Give the nested object its own id.");
    }

    /** The parser's own limit error, as one of {@link RegistrySerializer}'s, with the way to raise the limit. */
    static ReadLimitException readLimit(StreamConstraintsException limit) {
        // Jackson's exceptions fix their cause at construction, so the parser's message is carried over instead.
        return new ReadLimitException(limit.getOriginalMessage() + READ_LIMIT_FIX, limit.getLocation());
    }

    static ReadLimitException treeTooDeep(int maxNestingDepth) {
        return new ReadLimitException("The JSON tree is nested deeper than " + maxNestingDepth
                + " levels (ReadLimits.maxNestingDepth)." + READ_LIMIT_FIX, null);
    }

    private static MalformedEnvelopeException malformed(JsonParser p, JavaType declared, String name,
            String message) {
        return new MalformedEnvelopeException(p, message, declared, name);
    }

    /** Quotes input text for a message, shortened when long. */
    static String quote(String text) {
        if (text.length() <= MAX_QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + shorten(text) + "' (" + text.length() + " characters)";
    }

    /** Input text as a message shows it, cut off when long. */
    private static String shorten(String text) {
        return (text.length() <= MAX_QUOTED_LENGTH) ? text : text.substring(0, MAX_QUOTED_LENGTH) + "...";
    }

    /** Which envelope a message is about: by its name once the envelope gave one, else by the declared type. */
    private static String envelopeFor(JavaType declared, String name) {
        return (name == null) ? "an envelope for " + typeName(declared)
                : "the envelope for " + quote(name) + " (read as " + typeName(declared) + ")";
    }

    private static String typeName(JavaType type) {
        return type.getRawClass().getName();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
