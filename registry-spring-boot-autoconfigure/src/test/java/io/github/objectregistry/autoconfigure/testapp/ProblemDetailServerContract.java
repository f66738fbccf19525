package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.objectregistry.autoconfigure.testapp.RefusedBodies.MISSPELLED_CIRCLE;
import static io.github.objectregistry.autoconfigure.testapp.RefusedBodies.assertUnknownNameProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the starter alone, a request body that the registry refuses is a 400 problem detail that names the
 * input, the rule and the fix; other unreadable bodies, and the application's own handlers, are left alone.
 * Each web stack runs these tests against a real server of an application with {@code POST /shapes/double}
 * and a controller at {@code /own-handler/shapes} whose own handler answers unreadable bodies with a 422.
 */
public abstract class ProblemDetailServerContract {

    @LocalServerPort
    private int port;

    @Test
    void unknownNameInARequestBodyIsA400ProblemDetailNamingTheInputTheRuleAndTheFix() {
        assertUnknownNameProblem(new HttpTestClient(this.port).post("/shapes/double", MISSPELLED_CIRCLE),
                "/shapes/double");
    }

    @Test
    void bodyThatIsNotJsonKeepsTheFrameworksOwnAnswer() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double", "{\"class_name\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).doesNotContain("registered name");
    }

    @Test
    void controllersOwnExceptionHandlerStillWins() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/own-handler/shapes",
                MISSPELLED_CIRCLE);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("handled by the controller");
    }
}
