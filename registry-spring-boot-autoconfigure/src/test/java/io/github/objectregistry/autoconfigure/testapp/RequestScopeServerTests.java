package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Tomcat with a single request thread, so that consecutive requests run on the same thread: what
 * one request does to its scope must never be seen by the next. That holds for Spring MVC async requests
 * ({@code Callable}, {@code DeferredResult}) too, whose result is written in a second dispatch.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "server.tomcat.threads.max=1", "server.tomcat.threads.min-spare=1",
                "management.endpoints.web.exposure.include=health,objectregistry" })
@ExtendWith(OutputCaptureExtension.class)
class RequestScopeServerTests {

    @LocalServerPort
    private int port;

    private HttpTestClient http;

    @BeforeEach
    void client() {
        this.http = new HttpTestClient(this.port);
    }

    @Test
    void consecutiveRequestsRunOnTheSameThread() {
        assertThat(this.http.get("/thread").body()).isEqualTo(this.http.get("/thread").body());
    }

    @Test
    void valuePutIntoCustomObjectsDuringOneRequestIsNeverSeenByTheNext() {
        assertThat(this.http.post("/custom-objects/first", "").body()).isEqualTo("first");
        assertThat(this.http.get("/custom-objects").body()).isEqualTo("null");
    }

    @Test
    void eachRequestRunsInExactlyOneScope() {
        assertThat(this.http.get("/scope-depth").body()).isEqualTo("1");
    }

    @Test
    void requestThatFailsHalfwayLeavesNothingBehind(CapturedOutput output) {
        assertThat(this.http.post("/fail-halfway", "").statusCode()).isEqualTo(500);
        assertThat(this.http.get("/scope-depth").body()).isEqualTo("1");
        assertThat(this.http.get("/custom-objects").body()).isEqualTo("null");
        assertThat(this.http.get("/greeting").body()).isEqualTo("null");
        assertThat(output).contains("Closed 1 custom object scope(s) left open while handling POST /fail-halfway");
    }

    @Test
    void callableRequestLeavesNothingOfItsScopeOnTheRequestThread() {
        assertThat(this.http.post("/async/callable/first", "").statusCode()).isEqualTo(200);
        assertThat(this.http.get("/scope-depth").body()).isEqualTo("1");
        assertThat(this.http.get("/custom-objects").body()).isEqualTo("null");
    }

    @Test
    void callableNeverSeesAnEarlierRequestsScope() {
        this.http.post("/async/callable/first", "");
        assertThat(this.http.post("/async/callable/second", "").body()).doesNotContain("first");
    }

    @Test
    void deferredResultIsWrittenAndLeavesNothingBehind() {
        assertThat(this.http.get("/async/deferred/done").body()).isEqualTo("done");
        assertThat(this.http.get("/scope-depth").body()).isEqualTo("1");
    }

    @Test
    void scopeLeftOpenDuringTheAsyncDispatchIsClosedByTheFilter(CapturedOutput output) {
        assertThat(this.http.get("/async/deferred/leak").body()).isEqualTo("leak");
        assertThat(this.http.get("/scope-depth").body()).isEqualTo("1");
        assertThat(this.http.get("/custom-objects").body()).isEqualTo("null");
        assertThat(output)
            .contains("Closed 1 custom object scope(s) left open while handling GET /async/deferred/leak");
    }

    @Test
    void requestCustomObjectsBeansAddObjectsForThatRequestOnly() {
        assertThat(this.http.get("/greeting", "X-Greeting", "hello").body()).isEqualTo("hello");
        assertThat(this.http.get("/greeting").body()).isEqualTo("null");
    }

    @Test
    void interfaceTypedRequestBodyReadsAnEnvelopeAndTheResponseWritesOne() {
        HttpResponse<String> response = this.http.post("/shapes/double",
                "{\"class_name\": \"Circle\", \"registered_name\": \"web>Circle\", \"config\": {\"radius\": 1.5}}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"class_name\":\"Circle\",\"registered_name\":\"web>Circle\","
                + "\"module\":\"" + TestWebApplication.class.getPackageName() + "\",\"config\":{\"radius\":3.0}}");
    }

    @Test
    void unknownNameInARequestBodyIsAClientError() {
        HttpResponse<String> response = this.http.post("/shapes/double",
                "{\"class_name\": \"Hexagon\", \"registered_name\": \"web>Hexagon\", \"config\": {}}");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void endpointListsRegisteredNamesWhenExposed() {
        HttpResponse<String> response = this.http.get("/actuator/objectregistry");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"web>Circle\"")
            .contains("\"kind\":\"CLASS\"")
            .contains("\"source\":\"SCAN\"")
            .contains("\"type\":\"" + TestWebApplication.Rectangle.class.getName() + "\"");
    }

    @Test
    void endpointGivesOneEntryByName() {
        HttpResponse<String> response = this.http.get("/actuator/objectregistry/web%3ERectangle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"web>Rectangle\"");
    }

    @Test
    void endpointAnswers404ForAnUnknownName() {
        assertThat(this.http.get("/actuator/objectregistry/web%3EHexagon").statusCode()).isEqualTo(404);
    }
}
