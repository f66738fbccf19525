package io.github.objectregistry.sample;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import io.github.objectregistry.json.HostileCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every hostile corpus document, sent over HTTP, gets a 4xx problem detail, and the server keeps working. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1")
class HostileRequestTests {

    @LocalServerPort
    private int port;

    private HttpSession http;

    private long modelId;

    static Stream<HostileCorpus.Case> cases() {
        return HostileCorpus.cases().stream();
    }

    @BeforeEach
    void createModel() {
        this.http = new HttpSession(this.port);
        HttpResponse<String> created = this.http.postJson("/api/models", SampleModels.TINY);
        this.modelId = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileRequestGetsA4xxProblemDetail(HostileCorpus.Case hostile) {
        HttpResponse<String> response = this.http.send(HostileRequests.toRequest(this.http.base(), hostile));
        assertThat(response.statusCode()).as(hostile.what() + ": " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @AfterEach
    void serverStillServesNormalRequests() {
        HttpResponse<String> prediction = this.http.postJson("/api/models/" + this.modelId + "/predict",
                SampleModels.INPUT);
        assertThat(prediction.statusCode()).isEqualTo(200);
        assertThat(prediction.body()).contains("\"activations\":[\"swish\"]");
    }
}
