package io.github.objectregistry.autoconfigure.testapp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** With Boot's default exposure (health only), the endpoint cannot be reached. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EndpointNotExposedServerTests {

    @LocalServerPort
    private int port;

    @Test
    void endpointCannotBeReachedUntilExposed() {
        HttpTestClient http = new HttpTestClient(this.port);
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/objectregistry").statusCode()).isEqualTo(404);
    }
}
