package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Activation;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import io.github.objectregistry.json.RegistrySerializerObserver.Operation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A {@link RefusedReadListener} is told once per refused read, with the reason and the type the refused envelope
 * was declared as, in an application's mapper and in {@link RegistrySerializer} alike; a
 * {@link RegistrySerializerObserver} runs around each read and write.
 */
class RefusedReadListenerTests {

    private final ObjectRegistry registry = Model.registry();

    private final List<String> told = new ArrayList<>();

    private final RefusedReadListener listener = (refusal, type) -> this.told
        .add(refusal.getReason() + " " + type.getSimpleName());

    private final JsonMapper application = JsonMapper.builder()
        .addModule(ObjectRegistryModule.builder(this.registry).refusedReadListener(this.listener).build())
        .build();

    @Test
    void nestedRefusalIsToldOnceWithTheInnermostDeclaredType() {
        String json = "{\"class_name\": \"Sequential\", \"registered_name\": \"test>Sequential\", \"config\": "
                + "{\"name\": \"s\", \"layers\": [{\"class_name\": \"Dens\", \"registered_name\": \"test>Dens\", "
                + "\"config\": {}}]}}";
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> this.application.readValue(json, Layer.class));
        assertThat(this.told).containsExactly("UNKNOWN_NAME Layer");
    }

    @Test
    void eachReasonIsToldAsItIs() {
        read("{\"class_name\": \"Optimizer\", \"registered_name\": \"test>Optimizer\", \"config\": {}}", Layer.class);
        read("{\"class_name\": \"__lambda__\", \"config\": {}}", Activation.class);
        read("{\"config\": {}}", Layer.class);
        assertThat(this.told).containsExactly("TYPE_MISMATCH Layer", "MARKER Activation", "MALFORMED Layer");
    }

    @Test
    void documentFromANewerDeploymentIsToldAsAVersionRefusal() {
        read("{\"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", \"config_version\": 2, "
                + "\"config\": {\"rate\": 0.5}}", Layer.class);
        assertThat(this.told).containsExactly("VERSION Layer");
    }

    @Test
    void acceptedReadAndJacksonsOwnErrorsTellNothing() {
        this.application.readValue("{\"class_name\": \"Dropout\", \"registered_name\": \"test>Dropout\", "
                + "\"config\": {\"rate\": 0.5}}", Layer.class);
        assertThatExceptionOfType(JacksonException.class)
            .isThrownBy(() -> this.application.readValue("{\"class_name\": \"Dropout\", \"registered_name\": "
                    + "\"test>Dropout\", \"config\": {\"rate\": \"half\"}}", Layer.class));
        assertThat(this.told).isEmpty();
    }

    @Test
    void serializerTellsLimitsAndRefusalsOnce() {
        RegistrySerializer serializer = RegistrySerializer.builder(this.registry)
            .limits(ReadLimits.DEFAULTS.withMaxNestingDepth(3))
            .refusedReadListener(this.listener)
            .build();
        assertThatExceptionOfType(ReadLimitException.class)
            .isThrownBy(() -> serializer.fromJson("[[[[1]]]]", Object.class));
        assertThatExceptionOfType(UnknownNameException.class)
            .isThrownBy(() -> serializer.fromJson("{\"class_name\": \"Nope\", \"config\": {}}", Dropout.class));
        assertThat(this.told).containsExactly("LIMIT Object", "UNKNOWN_NAME Dropout");
    }

    @Test
    void listenerThatThrowsDoesNotReplaceTheRefusal() {
        JsonMapper mapper = JsonMapper.builder()
            .addModule(ObjectRegistryModule.builder(this.registry).refusedReadListener((refusal, type) -> {
                throw new IllegalStateException("listener broke");
            }).build())
            .build();
        assertThatExceptionOfType(MalformedEnvelopeException.class)
            .isThrownBy(() -> mapper.readValue("{\"config\": {}}", Layer.class))
            .satisfies((ex) -> assertThat(ex.getSuppressed()).extracting(Throwable::getMessage)
                .containsExactly("listener broke"));
    }

    @Test
    void observerRunsAroundEachReadAndWrite() {
        List<String> observed = new ArrayList<>();
        RegistrySerializerObserver observer = new RegistrySerializerObserver() {
            @Override
            public <T> T observe(Operation operation, Class<?> type, Supplier<T> call) {
                observed.add(operation + " " + type.getSimpleName());
                return call.get();
            }
        };
        RegistrySerializer serializer = RegistrySerializer.builder(this.registry).observer(observer).build();
        String json = serializer.toJson(new Dropout(0.5));
        serializer.fromJson(json, Layer.class);
        serializer.deserialize(serializer.serialize(new Dropout(0.1)), Dropout.class);
        assertThat(observed).containsExactly("WRITE Dropout", "READ Layer", "WRITE Dropout", "READ Dropout");
    }

    private void read(String json, Class<?> type) {
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.application.readValue(json, type))
            .isInstanceOf(EnvelopeError.class);
    }

}
