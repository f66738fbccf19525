package io.github.objectregistry.json;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error an envelope read can raise, each naming the input, the rule it broke and the fix. Names from
 * the input are quoted and shortened, so a hostile 50 MB name never ends up in a log line.
 */
final class EnvelopeErrors {

    private static final int MAX_QUOTED_LENGTH = 120;

    private static final String SHAPE = "{\"class_name\": ..., \"config\": {...}, \"registered_name\": \"pkg>Name\"}";

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

    static InvalidTypeIdException typeMismatch(JsonParser p, JavaType declared, String name, Class<?> actual) {
        return InvalidTypeIdException.from(p, "Registered name " + quote(name) + " resolves to "
                + actual.getName() + ", which is not a " + typeName(declared) + " as declared here. Use a name "
                + "registered to an implementation of " + typeName(declared) + ", or declare a broader type.",
                declared, name);
    }

    static InvalidTypeIdException kerasMarker(JsonParser p, JavaType declared, String className) {
        String reason = "__lambda__".equals(className)
                ? "a Keras lambda is serialized Python bytecode, and reading it would mean running code taken "
                        + "from the input, which is never allowed."
                : "it stands for a Python value (a tensor, array, bytes, slice or type spec), not a registered "
                        + "name, and only registered names are read.";
        return InvalidTypeIdException.from(p, "Refusing \"class_name\": " + quote(className) + " for "
                + typeName(declared) + ": " + reason + " Register a named class or instance and reference it by "
                + "its registered name instead.", declared, className);
    }

    static InvalidTypeIdException classForFunction(JsonParser p, JavaType declared, String name, Class<?> type) {
        return InvalidTypeIdException.from(p, "The function reference " + quote(name) + " resolves to class "
                + type.getName() + ", but \"class_name\": \"function\" and bare names refer to registered "
                + "instances. Write the class as " + SHAPE + ", or register an instance under that name.",
                declared, name);
    }

    static MismatchedInputException notAnEnvelope(JsonParser p, JavaType declared, JsonToken found) {
        return MismatchedInputException.from(p, declared, "Expected an envelope object for "
                + typeName(declared) + ", found " + describe(found) + ". Write it as " + SHAPE
                + ", or a registered instance's name as a string.");
    }

    static MismatchedInputException wrongType(JsonParser p, JavaType declared, String key, String expected,
            JsonToken found) {
        return MismatchedInputException.from(p, declared, "The \"" + key + "\" of an envelope for "
                + typeName(declared) + " must be " + expected + ", found " + describe(found) + ". Expected shape: "
                + SHAPE + ".");
    }

    static MismatchedInputException blankName(JsonParser p, JavaType declared, String key, String value) {
        return MismatchedInputException.from(p, declared, "The \"" + key + "\" of an envelope for "
                + typeName(declared) + " is " + ((value == null) ? "missing" : "blank (" + quote(value) + ")")
                + ": an envelope must name what it holds. Write \"class_name\" and, for a registered object, "
                + "\"registered_name\": \"pkg>Name\".");
    }

    static MismatchedInputException missingConfig(JsonParser p, JavaType declared, String name) {
        return MismatchedInputException.from(p, declared, "The envelope for " + quote(name) + " has no \"config\": "
                + "a class is rebuilt from its config. Add \"config\": {...} (it may be empty).");
    }

    static MismatchedInputException duplicateKey(JsonParser p, JavaType declared, String key) {
        return MismatchedInputException.from(p, declared, "Duplicate key \"" + key + "\" in an envelope for "
                + typeName(declared) + ": each key may appear once, because a later one would silently win. "
                + "Remove the repeated key.");
    }

    static MismatchedInputException unknownKey(JsonParser p, JavaType declared, String key) {
        return MismatchedInputException.from(p, declared, "Unknown key " + quote(key) + " in an envelope for "
                + typeName(declared) + ": an envelope has only " + String.join(", ", Envelope.KEYS)
                + ". Remove it, or disable DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES to ignore it.");
    }

    static InvalidTypeIdException sharedIdReused(JsonParser p, JavaType declared, long id, Object first,
            String name) {
        return InvalidTypeIdException.from(p, "\"shared_object_id\": " + id + " was first used for an instance of "
                + first.getClass().getName() + " and is now used for " + quote(name) + ": one id must always "
                + "stand for the same object. Give each distinct object its own id, or drop the ids.",
                declared, name);
    }

    static InvalidTypeIdException sharedIdCycle(JsonParser p, JavaType declared, long id, String name) {
        return InvalidTypeIdException.from(p, "\"shared_object_id\": " + id + " of " + quote(name) + " is also used "
                + "inside its own config: an object cannot contain itself. Give the nested object its own id.",
                declared, name);
    }

    /** Quotes input text for a message, shortened when long. */
    static String quote(String text) {
        if (text.length() <= MAX_QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, MAX_QUOTED_LENGTH) + "...' (" + text.length() + " characters)";
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
