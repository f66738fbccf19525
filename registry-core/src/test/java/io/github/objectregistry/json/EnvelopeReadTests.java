package io.github.objectregistry.json;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.json.Model.Dense;
import io.github.objectregistry.json.Model.DenseV2;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.Model.Pair;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** DESIGN §4.5, reading: which name is looked up, in what order, and how scopes apply. */
class EnvelopeReadTests {

    private static final String DENSE = """
            {"class_name": "Dense", "module": "x", "registered_name": "test>Dense",
             "config": {"units": 3, "activation": "test>relu"}}""";

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    @Test
    void configMayComeBeforeClassName() {
        String json = """
                {"config": {"rate": 0.7}, "class_name": "Dropout", "module": null, "registered_name": "test>Dropout"}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(0.7));
    }

    @Test
    void kerasKeyOrderWithRegisteredNameAfterConfigIsRead() {
        String json = """
                {"module": "m", "class_name": "Dropout", "config": {"rate": 0.1}, "registered_name": "test>Dropout"}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(0.1));
    }

    @Test
    void registeredNameWinsOverModuleAndClassName() {
        String json = """
                {"class_name": "Other", "module": "elsewhere", "registered_name": "test>Dropout", "config": {"rate": 1}}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(1));
    }

    @Test
    void moduleAndClassNameAreUsedWhenRegisteredNameIsNull() {
        String json = """
                {"module": "test", "class_name": "Dropout", "config": {"rate": 0.2}, "registered_name": null}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(0.2));
    }

    @Test
    void emptyRegisteredNameFallsBackLikeNull() {
        String json = """
                {"module": "test", "class_name": "Dropout", "config": {"rate": 0.2}, "registered_name": ""}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(0.2));
    }

    @Test
    void classNameAloneIsUsedWhenThereIsNoModule() {
        this.registry.getCustomObjects().put("Dropout", Dropout.class);
        assertThat(this.serializer.fromJson("{\"class_name\": \"Dropout\", \"config\": {\"rate\": 0.3}}", Layer.class))
            .isEqualTo(new Dropout(0.3));
    }

    @RegisterSerializable(value = "keras", name = "DTypePolicy")
    record DTypePolicy(String name) implements Layer {
    }

    @Test
    void javaClassRegisteredAsKerasBuiltInReadsKerasOwnEnvelope() {
        this.registry.register(DTypePolicy.class);
        String json = """
                {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": null}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new DTypePolicy("float32"));
    }

    @Test
    void buildConfigAndCompileConfigAreAcceptedAndIgnored() {
        String json = """
                {"class_name": "Dropout", "module": null, "registered_name": "test>Dropout", "config": {"rate": 0.5},
                 "build_config": {"input_shape": [2, 4]}, "compile_config": {}}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(0.5));
    }

    @Test
    void bareNameReadsARegisteredInstance() {
        assertThat(this.serializer.fromJson("\"test>swish\"", Model.Activation.class)).isSameAs(Model.SWISH);
    }

    @Test
    void sharedObjectIdAfterConfigKeepsIdentityAsKerasWritesIt() {
        String json = """
                {"class_name": "Pair", "registered_name": "test>Pair", "config": {
                  "first": {"class_name": "Dropout", "config": {"rate": 0.1}, "registered_name": "test>Dropout", "shared_object_id": 140}, 
                  "second": {"class_name": "Dropout", "config": {"rate": 0.1}, "registered_name": "test>Dropout", "shared_object_id": 140}}}""";
        Pair pair = (Pair) this.serializer.fromJson(json, Layer.class);
        assertThat(pair.first()).isSameAs(pair.second());
    }

    @Test
    void sharedObjectIdSeenOnceIsFine() {
        String json = """
                {"class_name": "Dropout", "registered_name": "test>Dropout", "config": {"rate": 0.1}, "shared_object_id": 7}""";
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Dropout(0.1));
    }

    @Test
    void sharedObjectIdsDoNotLeakBetweenReads() {
        String first = """
                {"class_name": "Dropout", "registered_name": "test>Dropout", "shared_object_id": 1, "config": {"rate": 0.1}}""";
        String second = """
                {"class_name": "Dropout", "registered_name": "test>Dropout", "shared_object_id": 1, "config": {"rate": 0.9}}""";
        this.serializer.fromJson(first, Layer.class);
        assertThat(this.serializer.fromJson(second, Layer.class)).isEqualTo(new Dropout(0.9));
    }

    @Test
    void customObjectsMapHasTheLowestPrecedence() {
        String json = "{\"class_name\": \"Dropout\", \"registered_name\": \"MyDropout\", \"config\": {\"rate\": 0.5}}";
        assertThat(this.serializer.fromJson(json, Layer.class, Map.of("MyDropout", Dropout.class)))
            .isEqualTo(new Dropout(0.5));
        assertThat(this.serializer.fromJson(DENSE, Layer.class, Map.of("test>Dense", DenseV2.class)))
            .isInstanceOf(Dense.class);
    }

    @Test
    void scopedOverrideAppliesOnlyInsideTheScopeOnTheSameMapper() {
        assertThat(this.serializer.fromJson(DENSE, Layer.class)).isInstanceOf(Dense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("test>Dense", DenseV2.class))) {
            assertThat(this.serializer.fromJson(DENSE, Layer.class)).isEqualTo(new DenseV2(3, Model.RELU));
        }
        assertThat(this.serializer.fromJson(DENSE, Layer.class)).isEqualTo(new Dense(3, Model.RELU));
    }

    @Test
    void scopedOverrideOnOneThreadIsInvisibleToAnotherReadingAtTheSameTime() throws Exception {
        CountDownLatch scopeOpen = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        CompletableFuture<Object> insideScope = CompletableFuture.supplyAsync(() -> {
            try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("test>Dense", DenseV2.class))) {
                scopeOpen.countDown();
                await(otherDone);
                return this.serializer.fromJson(DENSE, Layer.class);
            }
        });
        await(scopeOpen);
        Object outside = this.serializer.fromJson(DENSE, Layer.class);
        otherDone.countDown();
        assertThat(outside).isInstanceOf(Dense.class);
        assertThat(insideScope.get(10, TimeUnit.SECONDS)).isInstanceOf(DenseV2.class);
    }

    @Test
    void scopesAttributeResolvesThroughTheGivenSnapshotInsteadOfTheThreadsScopes() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build();
        ScopeSnapshot request = ScopeSnapshot.empty(this.registry).withScope(Map.of("test>Dense", DenseV2.class));
        ObjectReader reader = mapper.readerFor(Layer.class).withAttribute(ObjectRegistryModule.SCOPES_ATTRIBUTE,
                request);
        assertThat((Object) reader.readValue(DENSE)).isEqualTo(new DenseV2(3, Model.RELU));
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("test>Dense", Dense.class))) {
            assertThat((Object) reader.readValue(DENSE)).as("the thread's scope is not looked at")
                .isInstanceOf(DenseV2.class);
        }
    }

    @Test
    void unknownNameUnderTheScopesAttributeSuggestsTheSnapshotsNames() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build();
        ScopeSnapshot request = ScopeSnapshot.empty(this.registry).withScope(Map.of("test>Densest", DenseV2.class));
        ObjectReader reader = mapper.readerFor(Layer.class).withAttribute(ObjectRegistryModule.SCOPES_ATTRIBUTE,
                request);
        String json = "{\"class_name\": \"Densest\", \"registered_name\": \"test>Densist\", \"config\": {}}";
        assertThatExceptionOfType(UnknownNameException.class).isThrownBy(() -> reader.readValue(json))
            .satisfies((ex) -> assertThat(ex.getSuggestions()).contains("test>Densest"));
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void moduleWorksOnAnOrdinaryMapperToo() {
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new ObjectRegistryModule(this.registry))
            .build();
        assertThat(mapper.readValue(DENSE, Layer.class)).isEqualTo(new Dense(3, Model.RELU));
        assertThat(mapper.writeValueAsString(new Dropout(0.5))).startsWith("{\"class_name\":\"Dropout\"");
    }

    @Test
    void typesThatAreNotApplicationBaseTypesAreLeftToJackson() {
        assertThat(this.serializer.fromJson("[1, 2]", java.util.List.class)).containsExactly(1, 2);
        assertThat(this.serializer.fromJson("3.5", Number.class)).isEqualTo(3.5);
        assertThat(this.serializer.fromJson("{\"a\": 1}", java.util.Map.class)).containsEntry("a", 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
