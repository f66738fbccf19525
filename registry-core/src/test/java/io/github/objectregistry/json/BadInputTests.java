package io.github.objectregistry.json;

import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** DESIGN §4.5, bad input: each fails with a message naming the input, the rule and the fix. */
class BadInputTests {

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    private static String envelope(String className, String registeredName, String config) {
        return "{\"class_name\": " + className + ", \"registered_name\": " + registeredName + ", \"config\": " + config
                + "}";
    }

    @Test
    void unknownNameNamesItSuggestsClosestNamesAndSaysHowToRegister() {
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"Dropot\"", "\"test>Dropot\"", "{}"), Layer.class))
            .withMessageContaining("Unknown registered name 'test>Dropot' for " + Layer.class.getName())
            .withMessageContaining("Did you mean 'test>Dropout'")
            .withMessageContaining("Register the class with @RegisterSerializable")
            .satisfies((ex) -> {
                assertThat(ex.getName()).isEqualTo("test>Dropot");
                assertThat(ex.getSuggestions()).first().isEqualTo("test>Dropout");
            });
    }

    @Test
    void suggestionsOnlyNameObjectsThatFitTheDeclaredType() {
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"x\"", "\"test>relo\"", "{}"), Layer.class))
            .satisfies((ex) -> assertThat(ex.getSuggestions()).doesNotContain("test>relu"));
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.serializer.fromJson("\"test>relo\"", Model.Activation.class))
            .satisfies((ex) -> assertThat(ex.getSuggestions()).containsExactly("test>relu"));
    }

    @Test
    void bareClassNameSuggestsTheRegisteredNameEndingInIt() {
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"Dropout\", \"config\": {}}", Layer.class))
            .withMessageContaining("Did you mean 'test>Dropout'");
    }

    @Test
    void fullyQualifiedClassNameIsJustAnUnknownNameAndIsNeverInitialized() {
        String trap = LoadTrapState.TRAP_NAME;
        List<String> inputs = List.of(envelope("\"" + trap + "\"", "null", "{}"),
                envelope("\"LoadTrap\"", "\"" + trap + "\"", "{}"),
                "{\"module\": \"io.github.objectregistry.json\", \"class_name\": \"LoadTrap\", \"config\": {}}",
                envelope("\"function\"", "\"function\"", "\"" + trap + "\""), "\"" + trap + "\"");
        for (String input : inputs) {
            assertThatExceptionOfType(UnknownNameException.class)
                .isThrownBy(() -> this.serializer.fromJson(input, Layer.class))
                .withMessageContaining("class names are never loaded");
        }
        assertThat(LoadTrapState.initialized).isFalse();
    }

    @Test
    void jdkGadgetClassNameIsAnUnknownName() {
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.serializer.fromJson(
                    envelope("\"TemplatesImpl\"", "\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\"", "{}"),
                    Layer.class))
            .withMessageContaining("'com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl'");
    }

    @Test
    void nameOfClassNotAssignableToDeclaredTypeIsAMismatchNamingBoth() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"Optimizer\"", "\"test>Optimizer\"",
                    "{\"learningRate\": 0.1}"), Layer.class))
            .withMessageContaining("'test>Optimizer' resolves to " + Model.Optimizer.class.getName())
            .withMessageContaining("which is not a " + Layer.class.getName())
            .withMessageContaining("Use a name registered to an implementation of");
    }

    @Test
    void instanceOfWrongTypeIsAMismatch() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson("\"test>relu\"", Layer.class))
            .withMessageContaining("'test>relu' resolves to " + Model.Relu.class.getName());
    }

    @Test
    void lambdaIsRefusedSayingWhy() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"__lambda__\"", "null",
                    "{\"value\": [\"4wEAAAAAAAAA\"]}"), Layer.class))
            .withMessageContaining("Refusing \"class_name\": '__lambda__'")
            .withMessageContaining("serialized Python bytecode")
            .withMessageContaining("never allowed");
    }

    @Test
    void otherKerasMarkersAreRefusedSayingWhy() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"__numpy__\"", "null",
                    "{\"value\": [1], \"dtype\": \"int32\"}"), Layer.class))
            .withMessageContaining("'__numpy__'")
            .withMessageContaining("stands for a Python value");
    }

    @Test
    void markerInClassNameIsRefusedEvenWhenRegisteredNameNamesARegisteredClass() {
        List<String> inputs = List.of(
                "{\"class_name\": \"__lambda__\", \"registered_name\": \"test>Dropout\", \"config\": {\"rate\": 0.5}}",
                "{\"registered_name\": \"test>Dropout\", \"config\": {\"rate\": 0.5}, \"class_name\": \"__lambda__\"}");
        for (String input : inputs) {
            assertThatExceptionOfType(InvalidTypeIdException.class)
                .isThrownBy(() -> this.serializer.fromJson(input, Layer.class))
                .withMessageContaining("Refusing \"class_name\": '__lambda__' for " + Layer.class.getName())
                .withMessageContaining("serialized Python bytecode")
                .satisfies((ex) -> assertEnvelopeError(ex, EnvelopeError.Reason.MARKER, "__lambda__"));
        }
    }

    @Test
    void markerWithAModuleGetsTheMarkersMessageRatherThanAnUnknownName() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"module\": \"keras.layers\", \"class_name\": \"__lambda__\", "
                    + "\"config\": {\"value\": [\"4wEAAAAA\"]}}", Layer.class))
            .withMessageContaining("Refusing \"class_name\": '__lambda__'")
            .withMessageNotContaining("Unknown registered name")
            .satisfies((ex) -> assertEnvelopeError(ex, EnvelopeError.Reason.MARKER, "__lambda__"));
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"module\": \"keras.src.backend\", \"class_name\": "
                    + "\"__numpy__\", \"config\": {\"value\": [1], \"dtype\": \"int32\"}}", Layer.class))
            .withMessageContaining("Refusing \"class_name\": '__numpy__'")
            .withMessageContaining("stands for a Python value");
    }

    @Test
    void functionReferenceToAMarkerIsRefusedNamingTheReferenceNotClassName() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"function\", \"config\": \"__lambda__\"}",
                    Model.Activation.class))
            .withMessageContaining("Refusing the function reference in \"config\": '__lambda__'")
            .withMessageContaining("serialized Python bytecode")
            .withMessageNotContaining("\"class_name\": '__lambda__'")
            .satisfies((ex) -> assertEnvelopeError(ex, EnvelopeError.Reason.MARKER, "__lambda__"));
    }

    @Test
    void configOfWrongJsonTypeIsRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"Dropout\"", "\"test>Dropout\"", "\"rate\""),
                    Layer.class))
            .withMessageContaining("The \"config\" of the envelope for 'test>Dropout' (read as "
                    + Layer.class.getName() + ") must be a JSON object, found a string")
            .satisfies((ex) -> assertEnvelopeError(ex, EnvelopeError.Reason.MALFORMED, "test>Dropout"));
    }

    @Test
    void functionConfigMustBeAString() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"function\"", "\"function\"", "{}"),
                    Model.Activation.class))
            .withMessageContaining("must be a string (the registered name of the function), found an object");
    }

    @Test
    void classNameOfWrongJsonTypeIsRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("42", "null", "{}"), Layer.class))
            .withMessageContaining("The \"class_name\" of an envelope for " + Layer.class.getName()
                    + " must be a string, found a number");
    }

    @Test
    void nullClassNameIsRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("null", "null", "{}"), Layer.class))
            .withMessageContaining("must be a string, found null");
    }

    @Test
    void missingClassNameIsRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"config\": {}}", Layer.class))
            .withMessageContaining("The \"class_name\" of an envelope for " + Layer.class.getName() + " is missing")
            .withMessageContaining("an envelope must name what it holds");
    }

    @Test
    void emptyAndWhitespaceNamesAreRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"\"", "null", "{}"), Layer.class))
            .withMessageContaining("\"class_name\" of an envelope for " + Layer.class.getName() + " is blank ('')");
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"Dropout\"", "\"   \"", "{}"), Layer.class))
            .withMessageContaining("\"registered_name\" of an envelope for " + Layer.class.getName()
                    + " is blank ('   ')");
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("\" \"", Model.Activation.class))
            .withMessageContaining("is blank (' ')");
    }

    @Test
    void blankClassNameIsRejectedNamingClassNameWhateverComesAfterIt() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"  \", \"module\": null, "
                    + "\"registered_name\": null, \"config\": {}}", Layer.class))
            .withMessageContaining("The \"class_name\" of an envelope for " + Layer.class.getName()
                    + " is blank ('  ')");
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \" \", \"module\": \"test\", "
                    + "\"config\": {}}", Layer.class))
            .withMessageContaining("The \"class_name\" of an envelope for " + Layer.class.getName()
                    + " is blank (' ')");
    }

    @Test
    void missingConfigIsRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"Dropout\", \"registered_name\": "
                    + "\"test>Dropout\"}", Layer.class))
            .withMessageContaining("The envelope for 'test>Dropout' has no \"config\"");
    }

    @Test
    void nonObjectWhereAnEnvelopeIsExpectedIsRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("[1, 2]", Layer.class))
            .withMessageContaining("Expected an envelope object for " + Layer.class.getName() + ", found an array");
    }

    @Test
    void unknownEnvelopeKeyIsRejectedByTheStrictMapper() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"Dropout\", \"registered_name\": "
                    + "\"test>Dropout\", \"config\": {\"rate\": 1}, \"extra\": 1}", Layer.class))
            .withMessageContaining("Unknown key 'extra' in the envelope for 'test>Dropout'")
            .withMessageContaining("an envelope has only module, class_name, config")
            .withMessageContaining("Remove it")
            .withMessageNotContaining("FAIL_ON_UNKNOWN_PROPERTIES");
    }

    @Test
    void unknownConfigPropertyIsRejectedByTheStrictMapper() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"Dropout\"", "\"test>Dropout\"",
                    "{\"rate\": 1, \"units\": 64}"), Layer.class))
            .withMessageContaining("\"units\"");
    }

    @Test
    void duplicateKeysAreRejectedByTheStrictParser() {
        assertThatExceptionOfType(JacksonException.class)
            .isThrownBy(() -> this.serializer.fromJson("{\"class_name\": \"Dropout\", \"class_name\": \"Dense\", "
                    + "\"config\": {}}", Layer.class))
            .withMessageContaining("Duplicate Object property \"class_name\"");
    }

    @Test
    void duplicateEnvelopeKeysAreRejectedEvenByALenientMapper() {
        JsonMapper lenient = JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build();
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> lenient.readValue("{\"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", "
                    + "\"config\": {\"rate\": 1}, \"registered_name\": \"test>Dense\"}", Layer.class))
            .withMessageContaining("Duplicate key \"registered_name\" in the envelope for 'test>Dropout'")
            .satisfies((ex) -> assertEnvelopeError(ex, EnvelopeError.Reason.MALFORMED, "test>Dropout"));
    }

    @Test
    void trailingTokensAreRejected() {
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"Dropout\"", "\"test>Dropout\"", "{\"rate\": 1}")
                    + " {}", Layer.class))
            .withMessageContaining("Trailing token");
    }

    @Test
    void tenThousandDeepDocumentFailsOnTheDepthLimitWithoutStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatExceptionOfType(ReadLimitException.class)
            .isThrownBy(() -> this.serializer.fromJson(deep, Object.class))
            .withMessageContaining("Document nesting depth (101) exceeds the maximum allowed (100");
        assertThatExceptionOfType(MismatchedInputException.class)
            .isThrownBy(() -> this.serializer.fromJson(deep, Layer.class))
            .withMessageContaining("found an array");
        String deepConfig = envelope("\"Normalize\"", "\"test>Normalize\"", "{\"mean\": " + "[".repeat(10_000));
        assertThatExceptionOfType(ReadLimitException.class)
            .isThrownBy(() -> this.serializer.fromJson(deepConfig, Layer.class));
    }

    @Test
    void deeplyNestedEnvelopesFailOnTheDepthLimitWithoutStackOverflow() {
        String open = "{\"class_name\": \"Pair\", \"registered_name\": \"test>Pair\", \"config\": {\"first\": ";
        String json = open.repeat(5_000) + "null" + "}}".repeat(5_000);
        assertThatExceptionOfType(ReadLimitException.class)
            .isThrownBy(() -> this.serializer.fromJson(json, Layer.class));
    }

    @Test
    void deepTreeFromElsewhereFailsOnTheDepthLimitWithoutStackOverflow() {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < 10_000; i++) {
            current = current.addArray();
        }
        JsonNode tree = root;
        assertThatExceptionOfType(ReadLimitException.class)
            .isThrownBy(() -> this.serializer.deserialize(tree, Layer.class))
            .withMessageContaining("nested deeper than 100 levels (ReadLimits.maxNestingDepth)")
            .withMessageContaining("raise the limit")
            .satisfies((ex) -> assertEnvelopeError(ex, EnvelopeError.Reason.LIMIT, null));
    }

    @Test
    void fiftyMegabyteStringFailsOnTheLengthLimits() {
        String json = envelope("\"Dropout\"", "\"test>Dropout\"", "{\"rate\": \"" + "x".repeat(50_000_000) + "\"}");
        assertThatExceptionOfType(ReadLimitException.class)
            .isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .withMessageContaining("exceeds the maximum allowed");
    }

    @Test
    void hugeNameIsShortenedInTheMessage() {
        String name = "n".repeat(1_000);
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.serializer.fromJson(envelope("\"" + name + "\"", "null", "{}"), Layer.class))
            .withMessageContaining("...' (1000 characters)")
            .satisfies((ex) -> assertThat(ex.getOriginalMessage()).hasSizeLessThan(800));
    }

    @Test
    void sharedObjectIdReusedForAnotherClassIsRejected() {
        String json = "{\"class_name\": \"Pair\", \"registered_name\": \"test>Pair\", \"config\": {"
                + "\"first\": {\"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", "
                + "\"shared_object_id\": 3, \"config\": {\"rate\": 1}}, "
                + "\"second\": {\"class_name\": \"Dense\", \"registered_name\": \"test>Dense\", "
                + "\"shared_object_id\": 3, \"config\": {\"units\": 1, \"activation\": \"test>relu\"}}}}";
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> this.serializer.fromJson(json, Layer.class))
            .withMessageContaining("\"shared_object_id\": 3 was first used for an instance of "
                    + Dropout.class.getName() + " and is now used for 'test>Dense'");
    }

    @Test
    void bareNameOfAClassIsRejectedAsItNeedsAConfig() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.serializer.fromJson("\"test>Dropout\"", Layer.class))
            .withMessageContaining("resolves to class " + Dropout.class.getName())
            .withMessageContaining("refer to registered instances");
    }

    @Test
    void failuresLeaveNothingBehindAndTheSerializerKeepsWorking() {
        List<String> bad = List.of("{", "[]", "{\"class_name\": \"__lambda__\", \"config\": {}}",
                envelope("\"X\"", "\"test>Nope\"", "{}"), "[".repeat(10_000),
                envelope("\"Dropout\"", "\"test>Dropout\"", "{\"rate\": \"NaN?\"}"));
        for (String input : bad) {
            ScopeProbe.assertReadLeavesScopesAlone(this.registry, () -> assertThatExceptionOfType(JacksonException.class)
                .isThrownBy(() -> this.serializer.fromJson(input, Layer.class, Map.of("other", Dropout.class))));
        }
        assertThat(this.serializer.fromJson(envelope("\"Dropout\"", "\"test>Dropout\"", "{\"rate\": 1}"), Layer.class))
            .isEqualTo(new Dropout(1));
        assertThat(this.registry.getRegistrations()).hasSize(8);
    }

    private static void assertEnvelopeError(Throwable ex, EnvelopeError.Reason reason, String name) {
        assertThat(ex).isInstanceOf(EnvelopeError.class);
        assertThat(((EnvelopeError) ex).getReason()).isEqualTo(reason);
        assertThat(((EnvelopeError) ex).getName()).isEqualTo(name);
    }
}
