package io.github.objectregistry.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Operating" section, over HTTP on a real server: {@code /actuator/metrics} shows the refused-read
 * counter move after a bad request, tagged by reason and declared type and never by the name sent, next to the
 * gauge of registered names and the timer of the serializer's observed reads and writes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:metrics;DB_CLOSE_DELAY=-1")
class MetricsOverHttpTests {

    private static final String REFUSED = "/actuator/metrics/objectregistry.reads.refused";

    private static final String TYPO = """
            {"name": "typo", "layers": [{"class_name": "Dense", "registered_name": "sample>Dens", "config": {}}]}""";

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper mapper;

    @Test
    void refusedReadCounterMovesAfterABadRequest() {
        HttpSession http = new HttpSession(this.port);
        double before = count(http, REFUSED + "?tag=reason:unknown_name");
        assertThat(http.postJson("/api/models", TYPO).statusCode()).isEqualTo(400);
        assertThat(count(http, REFUSED + "?tag=reason:unknown_name")).isEqualTo(before + 1);
        JsonNode metric = this.mapper.readTree(http.get(REFUSED).body());
        assertThat(metric.toString()).contains("io.github.objectregistry.sample.layers.Layer")
            .doesNotContain("sample>Dens");
    }

    @Test
    void registeredNamesAndObservedSerializerCallsAreMetrics() {
        HttpSession http = new HttpSession(this.port);
        assertThat(count(http, "/actuator/metrics/objectregistry.names")).isPositive();
        assertThat(count(http, "/actuator/metrics/objectregistry.registrations?tag=source:scan")).isPositive();
        assertThat(http.postJson("/api/models", SampleModels.TINY).statusCode()).isEqualTo(201);
        assertThat(count(http, "/actuator/metrics/objectregistry.serializer?tag=operation:write")).isPositive();
    }

    /** The metric's first measurement (a counter's COUNT, a gauge's VALUE, a timer's COUNT); 0 if it has none yet. */
    private double count(HttpSession http, String path) {
        HttpResponse<String> response = http.get(path);
        if (response.statusCode() == 404) {
            return 0;
        }
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return this.mapper.readTree(response.body()).get("measurements").get(0).get("value").asDouble();
    }
}
