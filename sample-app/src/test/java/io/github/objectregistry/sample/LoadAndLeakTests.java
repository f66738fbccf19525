package io.github.objectregistry.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.github.objectregistry.json.HostileCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent clients mix normal predictions, experimental (scoped) predictions and hostile requests against
 * a real server. Each prediction says which swish implementation ran, so a scope that leaked into another
 * request shows up as a wrong answer. Scale with {@code -Dload.requests=200000 -Dload.clients=64}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:load;DB_CLOSE_DELAY=-1")
class LoadAndLeakTests {

    private static final int REQUESTS = Integer.getInteger("load.requests", 20_000);

    private static final int CLIENTS = Integer.getInteger("load.clients", 32);

    private static final String NORMAL = "\"activations\":[\"swish\"]";

    private static final String EXPERIMENTAL = "\"activations\":[\"hard-swish (experimental)\"]";

    @LocalServerPort
    private int port;

    private final LongAdder serverErrors = new LongAdder();

    private final LongAdder leaks = new LongAdder();

    private final LongAdder failedNormal = new LongAdder();

    private final LongAdder failedScoped = new LongAdder();

    private final LongAdder hostileNot4xx = new LongAdder();

    @Test
    void mixedLoadHasNo5xxNoLeaksAndNoFailedNormalOrScopedRequests() throws Exception {
        HttpSession session = new HttpSession(this.port);
        long modelId = Long.parseLong(session.postJson("/api/models", SampleModels.TINY).body()
            .replaceAll(".*\"id\":(\\d+).*", "$1"));
        List<HttpRequest> hostile = HostileCorpus.cases().stream()
            .filter((hostileCase) -> hostileCase.content().length < 64 * 1024)
            .map((hostileCase) -> HostileRequests.toRequest(session.base(), hostileCase))
            .toList();
        HttpRequest normal = predict(session.base() + "/api/models/" + modelId + "/predict");
        HttpRequest experimental = predict(session.base() + "/api/experimental/models/" + modelId + "/predict");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[REQUESTS];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    latencies[i] = send(client, i, normal, experimental, hostile);
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        long elapsed = System.nanoTime() - began;
        pool.shutdown();

        Arrays.sort(latencies);
        System.out.printf("HTTP load: %,d requests from %d clients in %.1f s: %,.0f requests/s, p50 %.2f ms, "
                + "p99 %.2f ms; 5xx %d, leaks %d, failed normal %d, failed scoped %d, hostile not 4xx %d%n",
                REQUESTS, CLIENTS, elapsed / 1e9, REQUESTS / (elapsed / 1e9), latencies[REQUESTS / 2] / 1e6,
                latencies[(int) (REQUESTS * 0.99)] / 1e6, this.serverErrors.sum(), this.leaks.sum(),
                this.failedNormal.sum(), this.failedScoped.sum(), this.hostileNot4xx.sum());
        assertThat(this.serverErrors.sum()).as("5xx responses").isZero();
        assertThat(this.leaks.sum()).as("scope leaks between requests").isZero();
        assertThat(this.failedNormal.sum()).as("failed normal requests").isZero();
        assertThat(this.failedScoped.sum()).as("failed scoped (experimental) requests").isZero();
        assertThat(this.hostileNot4xx.sum()).as("hostile requests without a 4xx").isZero();
    }

    /** Sends request number {@code i}: 60% normal, 30% experimental, 10% hostile. Returns its latency. */
    private long send(HttpClient client, int i, HttpRequest normal, HttpRequest experimental,
            List<HttpRequest> hostile) throws Exception {
        int kind = ThreadLocalRandom.current().nextInt(10);
        HttpRequest request = (kind < 6) ? normal : (kind < 9) ? experimental
                : hostile.get(ThreadLocalRandom.current().nextInt(hostile.size()));
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long latency = System.nanoTime() - start;
        int status = response.statusCode();
        if (status >= 500) {
            this.serverErrors.increment();
        }
        if (kind < 9 && status == 200) {
            String expected = (kind < 6) ? NORMAL : EXPERIMENTAL;
            if (!response.body().contains(expected)) {
                this.leaks.increment();
            }
        }
        else if (kind < 6) {
            this.failedNormal.increment();
        }
        else if (kind < 9) {
            this.failedScoped.increment();
        }
        else if (status < 400 || status > 499) {
            this.hostileNot4xx.increment();
        }
        return latency;
    }

    private static HttpRequest predict(String url) {
        return HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(SampleModels.INPUT))
            .build();
    }
}
