package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the starter alone, a request body that the registry refuses is a 400 problem detail that names the
 * input, the rule and the fix; other unreadable bodies, and the application's own handlers, are left alone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProblemDetailServerTests {

    static final String MISSPELLED_CIRCLE = "{\"class_name\": \"Circle\", \"registered_name\": \"web>Circel\", "
            + "\"config\": {\"radius\": 1}}";

    @LocalServerPort
    private int port;

    @Test
    void unknownNameInARequestBodyIsA400ProblemDetailNamingTheInputTheRuleAndTheFix() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double", MISSPELLED_CIRCLE);
        assertUnknownNameProblem(response, "/shapes/double");
    }

    @Test
    void bodyThatIsNotJsonKeepsSpringsOwnAnswer() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double", "{\"class_name\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).doesNotContain("registered name");
    }

    @Test
    void controllersOwnExceptionHandlerStillWins() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/own-handler/shapes", MISSPELLED_CIRCLE);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("handled by the controller");
    }

    /** The problem the starter gives for {@link #MISSPELLED_CIRCLE}, in MVC and WebFlux alike. */
    static void assertUnknownNameProblem(HttpResponse<String> response, String path) {
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
