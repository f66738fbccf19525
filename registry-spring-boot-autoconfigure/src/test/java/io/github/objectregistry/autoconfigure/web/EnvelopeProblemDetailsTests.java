package io.github.objectregistry.autoconfigure.web;

import java.util.List;
import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.json.ObjectRegistryModule;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The problem detail points at the refused envelope inside the request body. */
class EnvelopeProblemDetailsTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    private final JsonMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(this.registry)).build();

    EnvelopeProblemDetailsTests() {
        this.registry.register(Circle.class);
    }

    @Test
    void pointerLocatesARefusedEnvelopeNestedInTheBody() {
        String body = """
                {"shapes": [{"class_name": "Circle", "registered_name": "pd>Circle", "config": {"radius": 1}},
                            {"class_name": "Circle", "registered_name": "pd>Circel", "config": {"radius": 2}}]}""";
        ProblemDetail problem = describeFailureToRead(body, new TypeReference<Map<String, List<Shape>>>() { });
        assertThat(problem.getProperties()).containsEntry("pointer", "/shapes/1")
            .containsEntry("name", "pd>Circel")
            .containsEntry("reason", "UNKNOWN_NAME");
    }

    @Test
    void pointerOfARefusedBodyIsTheEmptyPointer() {
        String body = "{\"class_name\": \"__lambda__\", \"registered_name\": \"pd>Circle\", \"config\": {}}";
        ProblemDetail problem = describeFailureToRead(body, new TypeReference<Shape>() { });
        assertThat(problem.getProperties()).containsEntry("pointer", "").containsEntry("reason", "MARKER");
    }

    @Test
    void pointerEscapesSlashAndTildeInPropertyNames() {
        String body = "{\"a/b~c\": {\"class_name\": \"Circle\", \"registered_name\": \"pd>Nope\", \"config\": {}}}";
        ProblemDetail problem = describeFailureToRead(body, new TypeReference<Map<String, Shape>>() { });
        assertThat(problem.getProperties()).containsEntry("pointer", "/a~1b~0c");
    }

    @Test
    void aDocumentFromANewerDeploymentIsAVersionProblemAtItsEnvelope() {
        String body = "{\"shapes\": [{\"class_name\": \"Circle\", \"registered_name\": \"pd>Circle\", "
                + "\"config_version\": 2, \"config\": {\"radius\": 1}}]}";
        ProblemDetail problem = describeFailureToRead(body, new TypeReference<Map<String, List<Shape>>>() { });
        assertThat(problem.getProperties()).containsEntry("pointer", "/shapes/0")
            .containsEntry("name", "pd>Circle")
            .containsEntry("reason", "VERSION");
        assertThat(problem.getDetail()).contains("written by a newer deployment");
    }

    private ProblemDetail describeFailureToRead(String body, TypeReference<?> type) {
        Throwable failure = catchThrowable(() -> this.mapper.readValue(body, type));
        ProblemDetail problem = new EnvelopeProblemDetails().describe(failure);
        assertThat(problem).as("problem for %s", failure).isNotNull();
        return problem;
    }

    interface Shape {
    }

    @RegisterSerializable("pd")
    record Circle(double radius) implements Shape {
    }
}
