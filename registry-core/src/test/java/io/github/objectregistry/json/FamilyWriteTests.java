package io.github.objectregistry.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Dense;
import io.github.objectregistry.json.Model.DenseV2;
import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.Model.Sequential;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DESIGN §4.5, writing members of a registry family: an unregistered implementation of a base type that has
 * registered implementations would be written as plain JSON, which that base type cannot be read back from,
 * so writing it fails, in {@link RegistrySerializer} and in the application's mapper alike.
 */
class FamilyWriteTests {

    private static final TypeReference<List<Layer>> LAYERS = new TypeReference<>() {
    };

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    private final JsonMapper application = JsonMapper.builder()
        .addModule(ObjectRegistryModule.builder(this.registry)
            .basePackages(List.of("io.github.objectregistry.json"))
            .readBareConfigs(true)
            .build())
        .build();

    /** A holder whose property says how its value is typed, with Jackson's own type ids. */
    record Typed(@JsonTypeInfo(use = JsonTypeInfo.Id.NAME) @JsonSubTypes(@JsonSubTypes.Type(value = DenseV2.class,
            name = "v2")) Layer layer) {
    }

    @Test
    void serializerRefusesAnUnregisteredImplementationOfABaseTypeWithRegisteredImplementations() {
        assertRefusedAsLayer(() -> this.serializer.toJson(new DenseV2(1, Model.RELU)), DenseV2.class);
        assertRefusedAsLayer(() -> this.serializer.serialize(new DenseV2(1, Model.RELU)), DenseV2.class);
    }

    @Test
    void serializerRefusesItInsideARegisteredObjectsConfigAndSaysWhere() {
        assertRefusedAsLayer(() -> this.serializer.toJson(new Sequential("s", List.of(new DenseV2(1, Model.RELU)))),
                DenseV2.class)
            .satisfies((ex) -> assertThat(ex.getPathReference()).contains("[\"layers\"]").endsWith("[0]"));
    }

    @Test
    void applicationMapperRefusesItWhateverTheStaticType() {
        DenseV2 unregistered = new DenseV2(1, Model.RELU);
        assertRefusedAsLayer(() -> this.application.writeValueAsString(unregistered), DenseV2.class);
        assertRefusedAsLayer(() -> this.application.writerFor(Layer.class).writeValueAsString(unregistered),
                DenseV2.class);
        assertRefusedAsLayer(() -> this.application.writerFor(LAYERS).writeValueAsString(List.of(unregistered)),
                DenseV2.class);
        assertRefusedAsLayer(() -> this.application.writeValueAsString(new Sequential("s", List.of(unregistered))),
                DenseV2.class);
    }

    @Test
    void anotherInstanceOfARegisteredInstancesClassIsRefused() {
        assertThatExceptionOfType(InvalidDefinitionException.class)
            .isThrownBy(() -> this.serializer.toJson(new Model.Relu()))
            .withMessageContaining("Cannot write " + Model.Relu.class.getName())
            .withMessageContaining("a " + Model.Activation.class.getName())
            .withMessageContaining("neither the class nor this instance is registered");
        assertThat(this.serializer.toJson(Model.RELU)).contains("\"config\":\"test>relu\"");
    }

    @Test
    void familyMemberRegisteredAfterTheMapperMetItIsWrittenAsAnEnvelope() {
        assertRefusedAsLayer(() -> this.application.writeValueAsString(new DenseV2(1, Model.RELU)), DenseV2.class);
        this.registry.register("test", "DenseV2", DenseV2.class);
        assertThat(this.application.writeValueAsString(new DenseV2(1, Model.RELU)))
            .startsWith("{\"class_name\":\"DenseV2\",\"registered_name\":\"test>DenseV2\"");
    }

    @Test
    void familyMemberWrittenWithJacksonsOwnTypeIdIsWrittenAndReadBackByJackson() {
        Typed typed = new Typed(new DenseV2(2, Model.RELU));
        String json = this.application.writeValueAsString(typed);
        assertThat(json).startsWith("{\"layer\":{\"@type\":\"v2\",\"units\":2");
        assertThat(this.application.readValue(json, Typed.class)).isEqualTo(typed);
    }

    @Test
    void registeredObjectsAreStillWrittenAsEnvelopes() {
        Dense dense = new Dense(1, Model.RELU);
        assertThat(this.application.writerFor(LAYERS).writeValueAsString(List.of(dense)))
            .isEqualTo("[" + this.serializer.toJson(dense) + "]");
    }

    private static ThrowableAssertAlternative<InvalidDefinitionException> assertRefusedAsLayer(Runnable write,
            Class<?> type) {
        return assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(write::run)
            .withMessageContaining("Cannot write " + type.getName() + ": it is a " + Layer.class.getName())
            .withMessageContaining("could not be read back")
            .withMessageContaining("register it with @RegisterSerializable(...) or ObjectRegistry.register");
    }
}
