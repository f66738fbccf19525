package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import io.github.objectregistry.autoconfigure.web.EnvelopeProblemDetailsExceptionHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Boot's own problem details switched on, refused bodies still get the registry's problem detail, and
 * every other error the problem detail Boot would give.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.mvc.problemdetails.enabled=true")
class BootProblemDetailsServerTests {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Test
    void refusedBodyGetsTheRegistrysProblemDetail() {
        ProblemDetailServerTests.assertUnknownNameProblem(new HttpTestClient(this.port).post("/shapes/double",
                ProblemDetailServerTests.MISSPELLED_CIRCLE), "/shapes/double");
    }

    @Test
    void otherUnreadableBodiesGetBootsProblemDetail() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double", "{\"class_name\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isEqualTo("Failed to read request");
    }

    @Test
    void theRegistrysHandlerTakesThePlaceOfBoots() {
        assertThat(this.context.getBeansOfType(ResponseEntityExceptionHandler.class).values()).singleElement()
            .isInstanceOf(EnvelopeProblemDetailsExceptionHandler.class);
    }
}
