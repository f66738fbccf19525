package io.github.objectregistry.json;

import java.nio.charset.StandardCharsets;

import io.github.objectregistry.json.Model.Dropout;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope reader's key matching and shared name strings, on character and byte input. */
class EnvelopeNamesTests {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(Model.registry())).build();

    @Test
    void aNameReadTwiceIsOneStringAndALongOneIsStillReadWhole() {
        EnvelopeNames names = new EnvelopeNames();
        String longName = "n".repeat(100);
        try (JsonParser p = this.mapper.createParser("[\"test>Dropout\", \"test>Dropout\", \"" + longName + "\"]")) {
            p.nextToken();
            p.nextToken();
            String first = names.read(p);
            p.nextToken();
            assertThat(names.read(p)).isEqualTo("test>Dropout").isSameAs(first);
            p.nextToken();
            assertThat(names.read(p)).isEqualTo(longName);
        }
    }

    @Test
    void keysAreMatchedOnByteInputAsOnCharacterInputUnknownKeysIncluded() {
        String json = """
                {"x_extra": 1, "class_name": "Dropout", "registered_name": "test>Dropout", "module": "m",
                 "config": {"rate": 0.3}, "build_config": {}}""";
        assertThat(this.mapper.readValue(json, Layer.class)).isEqualTo(new Dropout(0.3));
        assertThat(this.mapper.readValue(json.getBytes(StandardCharsets.UTF_8), Layer.class))
            .isEqualTo(new Dropout(0.3));
    }
}
