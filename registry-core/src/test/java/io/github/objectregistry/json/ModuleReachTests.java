package io.github.objectregistry.json;

import java.util.List;

import com.example.thirdparty.Money;
import com.example.thirdparty.MoneyModule;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/** DESIGN §4.5, where the module applies: the application's own base types, and nothing another module reads. */
class ModuleReachTests {

    /** The application's own class, implementing the third-party type: it makes Money a type with a registered implementation. */
    @RegisterSerializable("app")
    record Fee(String currency, long cents) implements Money {
    }

    /** An application type that has nothing to do with the registry. */
    interface Unrelated {

        String getLabel();
    }

    record Plain(String label, int size) implements Unrelated {

        @Override
        public String getLabel() {
            return this.label;
        }
    }

    /** A base type with a registered implementation, whose polymorphism a mix-in configures: Jackson's is kept. */
    interface Tagged {
    }

    @RegisterSerializable("app")
    record RegisteredTag(String value) implements Tagged {
    }

    record Tag(String value) implements Tagged {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes(@JsonSubTypes.Type(value = Tag.class, name = "tag"))
    interface TaggedMixIn {
    }

    private final ObjectRegistry registry = Model.registry();

    ModuleReachTests() {
        this.registry.register(Fee.class);
        this.registry.register(RegisteredTag.class);
    }

    private static JsonMapper mapper(JacksonModule... modules) {
        return JsonMapper.builder().addModules(modules).build();
    }

    @Test
    void anotherModulesDeserializerForAnAbstractTypeWinsWhetherAddedBeforeOrAfterOurs() {
        ObjectRegistryModule ours = new ObjectRegistryModule(this.registry);
        for (JsonMapper mapper : List.of(mapper(new MoneyModule(), ours), mapper(ours, new MoneyModule()))) {
            assertThat(mapper.readValue("\"12.50 EUR\"", Money.class)).isEqualTo(Money.of("EUR", 1250));
            assertThat(mapper.writerFor(new TypeReference<List<Money>>() {
            }).writeValueAsString(List.of(Money.of("EUR", 1250)))).isEqualTo("[\"12.50 EUR\"]");
        }
    }

    @Test
    void unrelatedAbstractTypeIsReadAsJacksonReadsItWithoutTheModule() {
        Throwable without = catchThrowable(() -> mapper().readValue("{\"label\": \"a\"}", Unrelated.class));
        Throwable with = catchThrowable(() -> mapper(new ObjectRegistryModule(this.registry))
            .readValue("{\"label\": \"a\"}", Unrelated.class));
        assertThat(without).isNotNull();
        assertThat(with).isExactlyInstanceOf(without.getClass()).hasMessage(without.getMessage());
    }

    @Test
    void unrelatedAbstractTypeIsWrittenAsJacksonWritesItWithoutTheModule() {
        TypeReference<List<Unrelated>> type = new TypeReference<>() {
        };
        List<Unrelated> values = List.of(new Plain("a", 1));
        String without = mapper().writerFor(type).writeValueAsString(values);
        assertThat(mapper(new ObjectRegistryModule(this.registry)).writerFor(type).writeValueAsString(values))
            .isEqualTo(without)
            .isEqualTo("[{\"label\":\"a\"}]");
    }

    @Test
    void implementationOfABaseTypeWithoutRegisteredImplementationsIsWrittenAsWithoutTheModule() {
        JsonMapper covering = mapper(ObjectRegistryModule.builder(this.registry)
            .basePackages(List.of("io.github.objectregistry.json"))
            .build());
        TypeReference<List<Unrelated>> type = new TypeReference<>() {
        };
        List<Unrelated> values = List.of(new Plain("a", 1));
        JsonMapper without = mapper();
        assertThat(covering.writeValueAsString(values.get(0))).isEqualTo(without.writeValueAsString(values.get(0)));
        assertThat(covering.writerFor(Unrelated.class).writeValueAsString(values.get(0)))
            .isEqualTo(without.writerFor(Unrelated.class).writeValueAsString(values.get(0)));
        assertThat(covering.writerFor(type).writeValueAsString(values))
            .isEqualTo(without.writerFor(type).writeValueAsString(values));
        assertThat(new RegistrySerializer(this.registry).toJson(values)).isEqualTo(without.writeValueAsString(values));
    }

    @Test
    void baseTypeWithARegisteredImplementationIsReadAsAnEnvelope() {
        JsonMapper mapper = mapper(new ObjectRegistryModule(this.registry));
        assertThat(mapper.readValue("{\"class_name\": \"Fee\", \"registered_name\": \"app>Fee\", "
                + "\"config\": {\"currency\": \"EUR\", \"cents\": 5}}", Money.class)).isEqualTo(new Fee("EUR", 5));
    }

    @Test
    void baseTypeInABasePackageIsReadAsAnEnvelopeBeforeAnythingImplementsIt() {
        ObjectRegistry empty = new ObjectRegistry();
        JsonMapper packages = mapper(ObjectRegistryModule.builder(empty)
            .basePackages(List.of("io.github.objectregistry.json"))
            .build());
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> packages.readValue("{\"class_name\": \"X\", \"config\": {}}", Unrelated.class))
            .withMessageContaining("Unknown registered name 'X'");
        JsonMapper otherPackage = mapper(ObjectRegistryModule.builder(empty)
            .basePackages(List.of("io.github.objectregistry.js"))
            .build());
        assertThat(catchThrowable(() -> otherPackage.readValue("{\"class_name\": \"X\", \"config\": {}}",
                Unrelated.class))).isNotInstanceOf(EnvelopeError.class);
    }

    @Test
    void registeredBaseTypeWithItsOwnJsonTypeInfoFromAMixInKeepsJacksonsPolymorphism() {
        JsonMapper mapper = JsonMapper.builder()
            .addModule(new ObjectRegistryModule(this.registry))
            .addMixIn(Tagged.class, TaggedMixIn.class)
            .build();
        assertThat(mapper.readValue("{\"type\": \"tag\", \"value\": \"v\"}", Tagged.class)).isEqualTo(new Tag("v"));
    }
}
