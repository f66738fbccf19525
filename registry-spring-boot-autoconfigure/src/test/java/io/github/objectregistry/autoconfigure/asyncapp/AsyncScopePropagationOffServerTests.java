package io.github.objectregistry.autoconfigure.asyncapp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code object-registry.propagation.enabled=false}, nothing of a request's scope reaches another thread,
 * nor its later dispatches: each opens a scope of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "object-registry.propagation.enabled=false")
class AsyncScopePropagationOffServerTests extends ServerTest {

    @Test
    void workOnOtherThreadsSeesOnlyTheGlobalEntries() {
        assertThat(this.http.get("/task/first").body()).isEqualTo("null|first");
        assertThat(this.http.get("/async-method/first").body()).isEqualTo("null|first");
        assertThat(this.http.get("/completion-stage").body()).isEqualTo("null|null");
        assertThat(this.http.get("/streaming/first").body()).isEqualTo("null");
    }

    @Test
    void asyncRequestsAndTheDispatchesThatWriteTheirResultsSeeNothingOfTheFirstDispatch() {
        assertThat(this.http.get("/callable/first").body()).isEqualTo("null|null");
        assertThat(this.http.get("/web-async-task/first").body()).isEqualTo("null|null");
        assertThat(this.http.get("/deferred/first").body()).isEqualTo("null|null");
        assertThat(this.http.get("/fails/first").body()).contains("\"discount\":\"null\"");
    }
}
