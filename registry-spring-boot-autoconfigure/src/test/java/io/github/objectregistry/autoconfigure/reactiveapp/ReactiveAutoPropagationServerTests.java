package io.github.objectregistry.autoconfigure.reactiveapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.testapp.HttpTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.publisher.Hooks;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebFlux under {@code spring.reactor.context-propagation=auto}: the request's scope, and a
 * {@code @WithCustomObjects} method's, reach operators that run on {@code boundedElastic}; under load, no
 * request sees another's objects. One class, as the setting is the JVM's: Boot switches it on when the
 * context starts, and the class switches it off when it is done; the load test runs last, as it does so
 * before probing the pooled threads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.main.web-application-type=reactive", "spring.reactor.context-propagation=auto",
                // The load test fails hundreds of requests on purpose: their stack traces would only slow it.
                "logging.level.org.springframework.web.HttpLogging=off" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReactiveAutoPropagationServerTests {

    private static final int REQUESTS = 10_000;

    private static final int CONCURRENCY = 64;

    @LocalServerPort
    private int port;

    private HttpTestClient http;

    @Autowired
    private ObjectRegistry registry;

    @Autowired
    private ReactorResourceFactory resources;

    @BeforeEach
    void client() {
        this.http = new HttpTestClient(this.port);
    }

    /** Boot switches automatic propagation on for the JVM; the tests that come after expect the default. */
    @AfterAll
    static void restoreLimitedPropagation() {
        Hooks.disableAutomaticContextPropagation();
    }

    @Test
    void requestsScopeReachesAMonoThatResolvesTheNameOnBoundedElastic() {
        assertThat(this.http.get("/greeting/elastic", "X-Greeting", "hello").body()).isEqualTo("hello");
        assertThat(this.http.get("/greeting/elastic").body()).isEqualTo("null");
    }

    @Test
    void annotatedMethodsScopeReachesItsMonoOnBoundedElastic() {
        assertThat(this.http.get("/annotated/elastic").body()).isEqualTo("FromAnnotation");
        assertThat(this.http.get("/greeting/elastic").body()).isEqualTo("null");
    }

    @Test
    void annotatedMethodsScopeReachesItsFluxAfterPublishOn() {
        assertThat(this.http.get("/annotated/flux").body()).isEqualTo("[FromAnnotation, FromAnnotation]");
    }

    /**
     * 10,000 requests through Netty from 64 concurrent clients: every request puts its own id and gets its own
     * greeting, some wait and are cancelled by the client, some fail in the handler. No request may see
     * another's objects, and afterwards no pooled thread (Netty's event loops, {@code boundedElastic},
     * {@code parallel}) may hold any state of the registry.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void noRequestSeesAnothersObjectsAndNoPooledThreadKeepsAScope() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        Semaphore inFlight = new Semaphore(CONCURRENCY);
        List<String> wrong = new ArrayList<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        List<CompletableFuture<?>> all = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                inFlight.acquire();
                String id = "r" + i;
                boolean fail = i % 20 == 1;
                boolean cancel = i % 20 == 2;
                long delay = cancel ? 2_000 : i % 5;
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/isolation/"
                        + id + "?delayMs=" + delay + "&fail=" + fail)).header("X-Greeting", "g" + i).build();
                CompletableFuture<HttpResponse<String>> response = client.sendAsync(request,
                        HttpResponse.BodyHandlers.ofString());
                if (cancel) {
                    canceller.schedule(() -> response.cancel(true), 30, TimeUnit.MILLISECONDS);
                }
                // Later, on boundedElastic, the request's greeting again; its put only where automatic
                // propagation captured the thread's scopes when the delay was scheduled, never another's.
                Set<String> expected = Set.of(id + ",g" + i + "|" + id + ",g" + i, id + ",g" + i + "|null,g" + i);
                all.add(response.handle((answer, error) -> {
                    inFlight.release();
                    if (error != null) {
                        cancelled.incrementAndGet();
                    }
                    else if (fail && answer.statusCode() == 500) {
                        failed.incrementAndGet();
                    }
                    else if (answer.statusCode() == 200 && expected.contains(answer.body())) {
                        ok.incrementAndGet();
                    }
                    else {
                        synchronized (wrong) {
                            wrong.add(id + " -> " + answer.statusCode() + " " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        }
        finally {
            canceller.shutdownNow();
        }
        assertThat(wrong).isEmpty();
        assertThat(failed.get()).isEqualTo(REQUESTS / 20);
        assertThat(cancelled.get()).isEqualTo(REQUESTS / 20);
        assertThat(ok.get()).isEqualTo(REQUESTS - 2 * (REQUESTS / 20));
        assertThat(this.registry.getRegisteredObject("request-id")).isNull();

        // The cancelled requests' handlers stop once the server sees the connections close. Then the probes run
        // with automatic propagation off: on, it runs every scheduled task, a probe too, under a context snapshot.
        Thread.sleep(2_500);
        Hooks.disableAutomaticContextPropagation();
        assertThat(PooledThreadProbes.statesOnNettyEventLoops(this.registry, this.resources)).isNotEmpty()
            .doesNotContain(true);
        assertThat(PooledThreadProbes.statesOnEveryWorker(this.registry, Schedulers.boundedElastic(),
                "boundedElastic-")).doesNotContain(true);
        assertThat(PooledThreadProbes.statesOnEveryWorker(this.registry, Schedulers.parallel(), "parallel-"))
            .doesNotContain(true);
    }
}
