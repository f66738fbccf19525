package io.github.objectregistry.sample;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A model stored in the file database is read back by a new application started on the same file. */
class PersistenceRestartTests {

    @Test
    void modelSurvivesARestartOnTheSameDatabaseFile(@TempDir Path directory) {
        String url = "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("models").toAbsolutePath();
        long id;
        String stored;
        try (ConfigurableApplicationContext first = start(url)) {
            HttpSession http = session(first);
            var created = http.postJson("/api/models", SampleModels.TINY);
            assertThat(created.statusCode()).isEqualTo(201);
            id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
            stored = http.get("/api/models/" + id).body();
        }
        try (ConfigurableApplicationContext second = start(url)) {
            HttpSession http = session(second);
            assertThat(http.get("/api/models/" + id).body()).isEqualTo(stored);
            assertThat(http.postJson("/api/models/" + id + "/predict", SampleModels.INPUT).statusCode()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        return new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0", databaseUrl);
    }

    private static HttpSession session(ConfigurableApplicationContext context) {
        return new HttpSession(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
