package io.github.objectregistry.json;

import java.util.List;

import io.github.objectregistry.ConflictPolicy;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Dense;
import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the envelope writers remember between values (the encoded registered name, the serializer of each
 * runtime class) never outlives what the registry says: a writer that has already written a class writes it
 * under its new name once the registry renames it, and a list mixing classes still gets each class's own
 * envelope.
 */
class EnvelopeWriterCacheTests {

    private static final TypeReference<List<Layer>> LAYERS = new TypeReference<>() {
    };

    @Test
    void aClassRenamedAfterItWasWrittenIsWrittenUnderItsNewNameByTheSameWriter() {
        ObjectRegistry registry = new ObjectRegistry(ConflictPolicy.REPLACE);
        registry.register("old", "Dense", Dense.class);
        ObjectWriter writer = JsonMapper.builder()
            .addModule(new ObjectRegistryModule(registry))
            .build()
            .writerFor(LAYERS);
        assertThat(writer.writeValueAsString(List.of(new Dense(1, null))))
            .contains("\"registered_name\":\"old>Dense\"");

        registry.register("new", "Dense", Dense.class);

        assertThat(writer.writeValueAsString(List.of(new Dense(2, null))))
            .contains("\"registered_name\":\"new>Dense\"")
            .doesNotContain("old>Dense");
    }

    @Test
    void aListMixingClassesGetsEachClasssOwnEnvelopeWhateverTheOrder() {
        ObjectWriter writer = JsonMapper.builder()
            .addModule(new ObjectRegistryModule(Model.registry()))
            .build()
            .writerFor(LAYERS);
        String json = writer.writeValueAsString(List.of(new Dense(1, null), new Dropout(0.5), new Dense(2, null),
                new Dropout(0.25)));

        assertThat(json).isEqualTo("[" + envelope("Dense", "{\"units\":1,\"activation\":null}") + ","
                + envelope("Dropout", "{\"rate\":0.5}") + "," + envelope("Dense", "{\"units\":2,\"activation\":null}")
                + "," + envelope("Dropout", "{\"rate\":0.25}") + "]");
    }

    private static String envelope(String className, String config) {
        return "{\"class_name\":\"" + className + "\",\"registered_name\":\"test>"
                + className + "\",\"module\":\"io.github.objectregistry.json\",\"config\":" + config + "}";
    }
}
