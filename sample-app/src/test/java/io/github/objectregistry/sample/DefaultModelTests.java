package io.github.objectregistry.sample;

import java.net.http.HttpResponse;

import io.github.objectregistry.json.UnknownNameException;
import io.github.objectregistry.sample.layers.ActivationLayer;
import io.github.objectregistry.sample.layers.Normalize;
import io.github.objectregistry.sample.models.SampleProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** The default model of {@code application.yaml}, bound through the registry by the starter's properties binding. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:default-model;DB_CLOSE_DELAY=-1")
class DefaultModelTests {

    @LocalServerPort
    private int port;

    @Autowired
    private SampleProperties properties;

    @Autowired
    private JsonMapper mapper;

    @Test
    void layersOfApplicationYamlAreBoundThroughTheRegistry() {
        assertThat(this.properties.defaultModel().name()).isEqualTo("squash");
        assertThat(this.properties.defaultModel().layers()).hasSize(2);
        assertThat(this.properties.defaultModel().layers().get(0)).isEqualTo(new Normalize(0, 2));
        assertThat(this.properties.defaultModel().layers().get(1)).isInstanceOfSatisfying(ActivationLayer.class,
                (layer) -> assertThat(layer.activation().implementation()).isEqualTo("tanh"));
    }

    @Test
    void defaultModelIsShownAsEnvelopesAndRuns() {
        HttpSession http = new HttpSession(this.port);
        JsonNode model = this.mapper.readTree(http.get("/api/default-model").body());
        assertThat(model.get("layers").valueStream().map((layer) -> layer.get("registered_name").asString()))
            .containsExactly("sample>Normalize", "sample>Activation");
        HttpResponse<String> prediction = http.postJson("/api/default-model/predict", "{\"input\": [2, -4]}");
        assertThat(prediction.statusCode()).isEqualTo(200);
        JsonNode output = this.mapper.readTree(prediction.body()).get("output");
        assertThat(output.get(0).asDouble()).isEqualTo(Math.tanh(1));
        assertThat(output.get(1).asDouble()).isEqualTo(Math.tanh(-2));
    }

    @Test
    void misspeltNameInTheDefaultModelFailsStartupNamingIt() {
        assertThatException()
            .isThrownBy(() -> new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
                    "--spring.datasource.url=jdbc:h2:mem:default-model-typo",
                    // A list is taken whole from one property source: this one replaces the YAML's layers.
                    "--sample.default-model.layers[0].registered-name=sample>Normalise",
                    "--sample.default-model.layers[0].config.std=1"))
            .havingRootCause()
            .isInstanceOf(UnknownNameException.class)
            .withMessageContaining("'sample>Normalise'")
            .withMessageContaining("Did you mean 'sample>Normalize'?");
    }
}
