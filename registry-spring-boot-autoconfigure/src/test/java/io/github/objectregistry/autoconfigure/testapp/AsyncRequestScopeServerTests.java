package io.github.objectregistry.autoconfigure.testapp;

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
 * Spring MVC async requests ({@code Callable}, {@code DeferredResult}) on a Tomcat with a single request
 * thread, so that the next request runs where the async one ran: nothing of a request's scope may be left
 * there, and whatever the async dispatch leaves open is closed too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "server.tomcat.threads.max=1", "server.tomcat.threads.min-spare=1",
                "management.endpoints.web.exposure.include=health,objectregistry" })
@ExtendWith(OutputCaptureExtension.class)
class AsyncRequestScopeServerTests {

    @LocalServerPort
    private int port;

    private HttpTestClient http;

    @BeforeEach
    void client() {
        this.http = new HttpTestClient(this.port);
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
}
