package io.github.objectregistry.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Layer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz tests. In {@code ./mvnw verify} they run once per seed: the hostile corpus, copied into
 * {@code RegistrySerializerFuzzTestsInputs/} at build time. For a real fuzzing session, run one method with
 * {@code JAZZER_FUZZ=1} (see the hostile corpus README). Only a {@link JacksonException} is an acceptable
 * outcome of bad input; anything else, including {@link StackOverflowError}, is a finding.
 */
class RegistrySerializerFuzzTests {

    private static final ObjectRegistry REGISTRY = Model.registry();

    private static final RegistrySerializer SERIALIZER = new RegistrySerializer(REGISTRY);

    /** The application's kind of mapper: lenient, Jackson's default limits, the module as Boot configures it. */
    private static final JsonMapper APPLICATION_MAPPER = JsonMapper.builder()
        .addModule(ObjectRegistryModule.builder(REGISTRY).readBareConfigs(true).build())
        .build();

    @FuzzTest(maxDuration = "10m")
    void fromJson(byte[] input) {
        readLeavingNothingBehind(() -> SERIALIZER.fromJson(input, Layer.class, null));
    }

    @FuzzTest(maxDuration = "10m")
    void readEnvelopeWithApplicationMapper(byte[] input) {
        readLeavingNothingBehind(() -> APPLICATION_MAPPER.readValue(input, Layer.class));
    }

    private static void readLeavingNothingBehind(Runnable read) {
        ScopeProbe.assertReadLeavesScopesAlone(REGISTRY, () -> {
            try {
                read.run();
            }
            catch (JacksonException expected) {
                // Bad input must end here, and only here.
            }
        });
        if (LoadTrapState.initialized) {
            throw new IllegalStateException("a class named by fuzzer input was initialized");
        }
        if (REGISTRY.getRegistrations().size() != 8) {
            throw new IllegalStateException("a read changed the registry");
        }
    }
}
