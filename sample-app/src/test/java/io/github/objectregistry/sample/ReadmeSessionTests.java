package io.github.objectregistry.sample;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the README's curl session against a real server with a fresh database, and checks every answer
 * the README shows: so the README cannot drift from the code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:readme-session;DB_CLOSE_DELAY=-1")
class ReadmeSessionTests {

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper mapper;

    @Test
    void everyRequestOfTheReadmeSessionGivesTheAnswerTheReadmeShows() throws IOException {
        List<ReadmeSession.Exchange> session = ReadmeSession.parse(Files.readString(Path.of("..", "README.md")));
        assertThat(session).as("curl commands in README.md").hasSizeGreaterThanOrEqualTo(7);
        HttpSession http = new HttpSession(this.port);
        for (ReadmeSession.Exchange exchange : session) {
            HttpResponse<String> response = http.send(exchange.method(), exchange.path(), exchange.headers(),
                    exchange.body());
            String step = exchange.command().lines().findFirst().orElseThrow();
            assertThat(response.statusCode()).as(step + "\n" + response.body()).isEqualTo(exchange.expectedStatus());
            for (Map.Entry<String, String> header : exchange.expectedHeaders().entrySet()) {
                assertThat(response.headers().firstValue(header.getKey())).as(step + ": " + header.getKey())
                    .hasValue(header.getValue().replace("http://localhost:8080", http.base()));
            }
            if (!exchange.expectedBody().isEmpty()) {
                JsonSubset.assertContains(this.mapper.readTree(response.body()),
                        this.mapper.readTree(exchange.expectedBody()), step);
            }
        }
    }

    @Test
    void shellWordsFollowSingleQuotesAcrossLines() {
        assertThat(ReadmeSession.shellWords("curl -H 'A: b' -d '{\"x\":\n 1}' localhost:8080/p"))
            .containsExactly("curl", "-H", "A: b", "-d", "{\"x\":\n 1}", "localhost:8080/p");
    }
}
