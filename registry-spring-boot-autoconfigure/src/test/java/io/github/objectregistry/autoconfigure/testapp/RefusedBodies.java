package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A request body the registry refuses, and the problem detail the starter answers it with, in MVC and WebFlux. */
public final class RefusedBodies {

    /** A circle whose registered name is misspelled: 'web>Circel' instead of 'web>Circle'. */
    public static final String MISSPELLED_CIRCLE = "{\"class_name\": \"Circle\", \"registered_name\": \"web>Circel\", "
            + "\"config\": {\"radius\": 1}}";

    private RefusedBodies() {
    }

    /**
     * Asserts that the response is the starter's problem detail for {@link #MISSPELLED_CIRCLE}.
     * @param response the response
     * @param path the request's path, the problem's instance
     */
    public static void assertUnknownNameProblem(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:object-registry:envelope:unknown-name");
        assertThat(problem.get("title").asString()).isEqualTo("Unknown registered name");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("detail").asString()).startsWith("Unknown registered name 'web>Circel' for ")
            .contains("Did you mean 'web>Circle'?")
            .contains("Register the class with @RegisterSerializable")
            .doesNotContain("[Source:");
        assertThat(problem.get("reason").asString()).isEqualTo("UNKNOWN_NAME");
        assertThat(problem.get("name").asString()).isEqualTo("web>Circel");
        assertThat(problem.get("suggestions").get(0).asString()).isEqualTo("web>Circle");
    }
}
