package io.github.objectregistry.autoconfigure.reactiveapp;

import java.net.http.HttpResponse;

import io.github.objectregistry.autoconfigure.testapp.HttpTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebFlux on Netty, with Reactor's default {@code limited} context propagation: every request has its own
 * scope, what a handler puts into it never reaches another request or the global entries, and envelopes in
 * request bodies resolve through it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.main.web-application-type=reactive",
                "management.endpoints.web.exposure.include=objectregistry" })
class ReactiveRequestScopeServerTests {

    @LocalServerPort
    private int port;

    private HttpTestClient http;

    @BeforeEach
    void client() {
        this.http = new HttpTestClient(this.port);
    }

    @Test
    void valuePutIntoCustomObjectsDuringOneRequestIsNeverSeenByTheNext() {
        assertThat(this.http.post("/custom-objects/first", "").body()).isEqualTo("first");
        assertThat(this.http.get("/custom-objects").body()).isEqualTo("null");
    }

    @Test
    void valuePutByAHandlerThatRanAfterTheBodyArrivedIsNeverSeenByTheNext() {
        assertThat(this.http.post("/custom-objects-after-body/second", "{\"a\": 1}").body()).isEqualTo("second");
        assertThat(this.http.get("/custom-objects").body()).isEqualTo("null");
    }

    @Test
    void scannedNameReplacedInsideARequestKeepsItsTypeInTheEndpoint() {
        assertThat(this.http.post("/scanned/replace", "").body()).isEqualTo("Square");
        HttpResponse<String> entry = this.http.get("/actuator/objectregistry/web%3ECircle");
        assertThat(entry.body()).contains("\"type\":\"" + TestReactiveApplication.Circle.class.getName() + "\"");
    }

    @Test
    void eachRequestRunsInExactlyOneScope() {
        assertThat(this.http.get("/scope-depth").body()).isEqualTo("1");
    }

    @Test
    void reactiveRequestCustomObjectsAddObjectsForThatRequestOnly() {
        assertThat(this.http.get("/greeting", "X-Greeting", "hello").body()).isEqualTo("hello");
        assertThat(this.http.get("/greeting").body()).isEqualTo("null");
    }

    @Test
    void requestBodyEnvelopeResolvesThroughTheRequestsScope() {
        String circle = "{\"class_name\": \"Circle\", \"registered_name\": \"web>Circle\", \"config\": {\"radius\": 1}}";
        assertThat(this.http.post("/shapes/type", circle, "X-Circle", "big").body()).isEqualTo("BigCircle");
        assertThat(this.http.post("/shapes/type", circle).body()).isEqualTo("Circle");
    }
}
