package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.github.objectregistry.autoconfigure.testapp.RefusedBodies.MISSPELLED_CIRCLE;
import static io.github.objectregistry.autoconfigure.testapp.RefusedBodies.assertUnknownNameProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Boot's own problem details switched on, refused bodies still get the registry's problem detail, and
 * every other error the problem detail Boot would give. Each web stack runs these tests against a real server.
 */
public abstract class BootProblemDetailsServerContract {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private final Class<?> bootHandlerType;

    private final Class<?> handlerType;

    private final String failedReadDetail;

    /**
     * Creates the tests for one web stack.
     * @param bootHandlerType the type Boot's problem-details handler extends: the stack's
     * {@code ResponseEntityExceptionHandler}
     * @param handlerType the registry's stand-in for Boot's problem-details handler
     * @param failedReadDetail Boot's detail for a body that cannot be read
     */
    protected BootProblemDetailsServerContract(Class<?> bootHandlerType, Class<?> handlerType,
            String failedReadDetail) {
        this.bootHandlerType = bootHandlerType;
        this.handlerType = handlerType;
        this.failedReadDetail = failedReadDetail;
    }

    @Test
    void refusedBodyGetsTheRegistrysProblemDetail() {
        assertUnknownNameProblem(new HttpTestClient(this.port).post("/shapes/double", MISSPELLED_CIRCLE),
                "/shapes/double");
    }

    @Test
    void otherUnreadableBodiesGetBootsProblemDetail() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double", "{\"class_name\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isEqualTo(this.failedReadDetail);
    }

    @Test
    void theRegistrysHandlerTakesThePlaceOfBoots() {
        assertThat(this.context.getBeansOfType(this.bootHandlerType).values()).singleElement()
            .isInstanceOf(this.handlerType);
    }
}
