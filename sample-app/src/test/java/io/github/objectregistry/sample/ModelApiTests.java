package io.github.objectregistry.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every endpoint and every client error of the sample app, against a real server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:model-api;DB_CLOSE_DELAY=-1")
class ModelApiTests {

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper mapper;

    @Autowired
    private JdbcClient jdbc;

    private HttpSession http;

    @BeforeEach
    void session() {
        this.http = new HttpSession(this.port);
    }

    private long createTiny() {
        HttpResponse<String> created = this.http.postJson("/api/models", SampleModels.TINY);
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private JsonNode json(HttpResponse<String> response) {
        return this.mapper.readTree(response.body());
    }

    private JsonNode problem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    @Test
    void createAnswers201WithLocationAndTheStoredModel() {
        HttpResponse<String> created = this.http.postJson("/api/models", SampleModels.TINY);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue(this.http.base() + "/api/models/" + id);
        assertThat(json(created).get("layers")).hasSize(3);
    }

    @Test
    void getWritesTheStoredLayersBackAsEnvelopes() {
        long id = createTiny();
        JsonNode layers = json(this.http.get("/api/models/" + id)).get("layers");
        assertThat(layers.get(0).get("registered_name").asString()).isEqualTo("sample>Normalize");
        assertThat(layers.get(0).get("config").get("std").asDouble()).isEqualTo(2.0);
        JsonNode activation = layers.get(1).get("config").get("activation");
        assertThat(activation.get("class_name").asString()).isEqualTo("function");
        assertThat(activation.get("config").asString()).isEqualTo("sample>swish");
    }

    @Test
    void listIncludesEveryStoredModel() {
        long id = createTiny();
        JsonNode list = json(this.http.get("/api/models"));
        assertThat(list.findValuesAsString("name")).contains("tiny");
        assertThat(list.findValues("id").stream().map(JsonNode::asLong)).contains(id);
    }

    @Test
    void predictRunsEveryLayer() {
        long id = createTiny();
        JsonNode prediction = json(this.http.postJson("/api/models/" + id + "/predict", SampleModels.INPUT));
        assertThat(prediction.get("output").get(0).asDouble()).isCloseTo(SampleModels.swish(1), within(1e-12));
        assertThat(prediction.get("output").get(1).asDouble()).isCloseTo(SampleModels.swish(0.5), within(1e-12));
        assertThat(prediction.get("activations").get(0).asString()).isEqualTo("swish");
    }

    @Test
    void experimentalPredictSwapsSwishForThatCallOnly() {
        long id = createTiny();
        JsonNode experimental = json(this.http.postJson("/api/experimental/models/" + id + "/predict",
                SampleModels.INPUT));
        assertThat(experimental.get("activations").get(0).asString()).isEqualTo("hard-swish (experimental)");
        assertThat(experimental.get("output").get(0).asDouble()).isCloseTo(SampleModels.hardSwish(1), within(1e-12));
        JsonNode normal = json(this.http.postJson("/api/models/" + id + "/predict", SampleModels.INPUT));
        assertThat(normal.get("activations").get(0).asString()).isEqualTo("swish");
    }

    @Test
    void unknownNameIsA400ProblemWithSuggestions() {
        JsonNode problem = problem(this.http.postJson("/api/models", SampleModels.TINY.replace("sample>Clip",
                "sample>Clipp")), 400, "Unknown registered name");
        assertThat(problem.get("name").asString()).isEqualTo("sample>Clipp");
        assertThat(problem.get("suggestions").get(0).asString()).isEqualTo("sample>Clip");
        assertThat(problem.get("detail").asString()).contains("Register the class with @RegisterSerializable");
    }

    @Test
    void nameOfTheWrongTypeIsA400Problem() {
        JsonNode problem = problem(this.http.postJson("/api/models", SampleModels.TINY.replace(
                "\"registered_name\": \"sample>Clip\"", "\"registered_name\": \"sample>relu\"")), 400,
                "Name not allowed here");
        assertThat(problem.get("detail").asString()).contains("which is not a io.github.objectregistry.sample.layers.Layer");
    }

    @Test
    void javaClassNameIsJustAnUnknownName() {
        problem(this.http.postJson("/api/models", SampleModels.TINY.replace("sample>Clip", "java.lang.ProcessBuilder")),
                400, "Unknown registered name");
    }

    @Test
    void malformedJsonIsA400Problem() {
        problem(this.http.postJson("/api/models", "{\"name\": \"x\", \"layers\": [}"), 400, "Malformed JSON");
    }

    @Test
    void tooDeepJsonIsA400Problem() {
        String deep = "{\"name\": \"deep\", \"extra\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        JsonNode problem = problem(this.http.postJson("/api/models", deep), 400, "Document exceeds limits");
        assertThat(problem.get("detail").asString()).contains("nesting depth");
    }

    @Test
    void wrongInputLengthIsA400Problem() {
        long id = createTiny();
        JsonNode problem = problem(this.http.postJson("/api/models/" + id + "/predict", "{\"input\": [1, 2, 3]}"),
                400, "Wrong input length");
        assertThat(problem.get("detail").asString()).isEqualTo("This model takes 2 inputs, but the input has 3.");
    }

    @Test
    void unknownModelIdIsA404Problem() {
        JsonNode problem = problem(this.http.get("/api/models/987654"), 404, "Unknown model");
        assertThat(problem.get("id").asLong()).isEqualTo(987654);
        problem(this.http.postJson("/api/models/987654/predict", SampleModels.INPUT), 404, "Unknown model");
        problem(this.http.postJson("/api/experimental/models/987654/predict", SampleModels.INPUT), 404, "Unknown model");
    }

    @Test
    void modelWithoutNameOrLayersIsA400Problem() {
        problem(this.http.postJson("/api/models", "{\"name\": \" \", \"layers\": []}"), 400, "Missing model name");
        problem(this.http.postJson("/api/models", "{\"name\": \"empty\", \"layers\": []}"), 400, "Missing layers");
    }

    @Test
    void layersThatDoNotFitAreA400Problem() {
        String twoDense = """
                {"name": "misfit", "layers": [
                  {"class_name": "Dense", "registered_name": "sample>Dense", "config": {"kernel": [[1, 2, 3]], "bias": [0, 0, 0], "activation": null}},
                  {"class_name": "Dense", "registered_name": "sample>Dense", "config": {"kernel": [[1], [2]], "bias": [0], "activation": null}}]}""";
        JsonNode problem = problem(this.http.postJson("/api/models", twoDense), 400, "Layers do not fit");
        assertThat(problem.get("detail").asString()).isEqualTo("Layer 1 expects 2 inputs, but the layers before it produce 3.");
    }

    @Test
    void invalidLayerConfigIsA400Problem() {
        JsonNode problem = problem(this.http.postJson("/api/models", SampleModels.TINY.replace("\"min\": -1", "\"min\": 5")),
                400, "Invalid model JSON");
        assertThat(problem.get("detail").asString()).contains("Clip needs min <= max");
    }

    @Test
    void storedModelThatNoLongerReadsIsA409ProblemNotABadRequest() {
        long id = createTiny();
        this.jdbc.sql("UPDATE stored_layer SET layer = :layer WHERE model_id = :id AND layer_index = 2")
            .param("layer", "{\"class_name\": \"Gone\", \"registered_name\": \"sample>Gone\", \"config\": {}}")
            .param("id", id)
            .update();
        JsonNode problem = problem(this.http.get("/api/models/" + id), 409, "Stored model cannot be read");
        assertThat(problem.get("id").asLong()).isEqualTo(id);
        assertThat(problem.get("detail").asString()).startsWith("Model " + id + " was stored, but cannot be read now: ")
            .contains("'sample>Gone'");
    }

    @Test
    void actuatorListsTheRegisteredNames() {
        HttpResponse<String> response = this.http.get("/actuator/objectregistry");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).findValuesAsString("name")).contains("sample>Dense", "sample>Normalize",
                "sample>swish", "sample>relu", "sample>tanh");
        assertThat(this.http.get("/actuator/objectregistry/sample%3Eswish").statusCode()).isEqualTo(200);
        assertThat(this.http.get("/actuator/objectregistry/sample%3EhardSwish").statusCode()).isEqualTo(404);
    }
}
