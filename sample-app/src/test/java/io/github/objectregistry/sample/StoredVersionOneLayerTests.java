package io.github.objectregistry.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model stored before {@code Scale}'s config reached version 2 (its rows put in H2 by
 * {@code version1-models.sql}, as version 1 wrote them) reads back, runs, and is written back in version 2;
 * the stored rows are not rewritten by reading them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:version-one;DB_CLOSE_DELAY=-1")
@Sql("/version1-models.sql")
class StoredVersionOneLayerTests {

    private static final long STORED_IN_VERSION_1 = 1001;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private JsonMapper mapper;

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return this.mapper.readTree(response.body());
    }

    private String storedLayer(long modelId, int index) {
        return this.jdbc.sql("SELECT layer FROM stored_layer WHERE model_id = :id AND layer_index = :index")
            .param("id", modelId)
            .param("index", index)
            .query(String.class)
            .single();
    }

    @Test
    void versionOneRowReadsBackInTheVersionTwoShape() {
        JsonNode scale = json(new HttpSession(this.port).get("/api/models/" + STORED_IN_VERSION_1)).get("layers").get(0);
        assertThat(scale.get("registered_name").asString()).isEqualTo("sample>Scale");
        assertThat(scale.get("config_version").asInt()).isEqualTo(2);
        assertThat(scale.get("config")).isEqualTo(this.mapper.readTree("{\"factor\": 2.0, \"bias\": 1.0}"));
        assertThat(storedLayer(STORED_IN_VERSION_1, 0)).contains("\"offset\": 1.0").doesNotContain("config_version");
    }

    @Test
    void versionOneModelRunsWithItsOldOffsetAsTheBias() {
        JsonNode prediction = json(new HttpSession(this.port).postJson(
                "/api/models/" + STORED_IN_VERSION_1 + "/predict", "{\"input\": [1, 3]}"));
        // Scale(2, bias 1): [3, 7]; Clip(-10, 4): [3, 4]. Had the offset been lost, the output would be [2, 4].
        assertThat(prediction.get("output").get(0).asDouble()).isEqualTo(3.0);
        assertThat(prediction.get("output").get(1).asDouble()).isEqualTo(4.0);
    }

    @Test
    void newRowsAreWrittenInVersionTwo() {
        HttpResponse<String> created = new HttpSession(this.port).postJson("/api/models", """
                {"name": "new", "layers": [{"class_name": "Scale", "registered_name": "sample>Scale",
                  "config_version": 2, "config": {"factor": 3, "bias": 0.5}}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String row = storedLayer(this.mapper.readTree(created.body()).get("id").asLong(), 0);
        System.out.println("Stored layer row written by version 2: " + row);
        assertThat(this.mapper.readTree(row).get("config_version").asInt()).isEqualTo(2);
        assertThat(this.mapper.readTree(row).get("config")).isEqualTo(
                this.mapper.readTree("{\"factor\": 3.0, \"bias\": 0.5}"));
    }
}
