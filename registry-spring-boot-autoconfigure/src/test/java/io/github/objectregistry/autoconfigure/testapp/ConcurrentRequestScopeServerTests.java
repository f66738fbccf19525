package io.github.objectregistry.autoconfigure.testapp;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Two requests at once, each changing its scope while the other's is open, never see each other's change. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrentRequestScopeServerTests {

    @LocalServerPort
    private int port;

    @Test
    void twoRequestsAtOnceEachSeeOnlyTheirOwnChange() {
        HttpTestClient http = new HttpTestClient(this.port);
        CompletableFuture<String> first = CompletableFuture
            .supplyAsync(() -> http.post("/concurrent/first", "").body());
        CompletableFuture<String> second = CompletableFuture
            .supplyAsync(() -> http.post("/concurrent/second", "").body());
        assertThat(first.join()).isEqualTo("first");
        assertThat(second.join()).isEqualTo("second");
    }
}
