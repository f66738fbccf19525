package io.github.objectregistry.autoconfigure.asyncapp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.task.PooledThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static io.github.objectregistry.autoconfigure.asyncapp.TestAsyncApplication.DISCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread pool: besides what each request sees, every thread of the pool that ran its work holds nothing of
 * the registry afterwards, however the work ended, and requests running at once never see each other's objects.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.task.execution.pool.core-size=" + AsyncScopeServerTests.POOL_SIZE)
class AsyncScopeServerTests extends AsyncScopeServerContract {

    static final int POOL_SIZE = 4;

    private static final String[] KINDS = { "task", "async-method", "callable", "web-async-task", "deferred" };

    @Autowired
    private ObjectRegistry registry;

    @Autowired
    private ThreadPoolTaskExecutor executor;

    @AfterEach
    void everyPooledThreadIsLeftClean() throws Exception {
        assertThat(PooledThreads.dirty(this.executor, POOL_SIZE, this.registry, DISCOUNT)).isEmpty();
    }

    @Test
    void callableThatFailsWithAScopeLeftOpenIsAServerError() {
        assertThat(this.http.get("/callable-fails/first").statusCode()).isEqualTo(500);
    }

    /** The timeout cancels the Callable, which then fails too: whichever answer wins, it is an error. */
    @Test
    void callableCancelledByItsRequestsTimeoutRestoresItsThread() {
        assertThat(this.http.get("/times-out/first").statusCode()).isIn(500, 503);
    }

    @Test
    void sixteenClientsHoppingAcrossThreadsNeverSeeEachOthersObjects() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int client = 0; client < 16; client++) {
                String discount = "client-" + client;
                results.add(clients.submit(() -> wrongAnswers(discount)));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> result : results) {
                wrong.addAll(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(wrong).isEmpty();
        }
        finally {
            clients.shutdownNow();
        }
    }

    /** Requests of every kind for one client's own discount: what came back other than that. */
    private List<String> wrongAnswers(String discount) {
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String kind : KINDS) {
                String body = this.http.get("/" + kind + "/" + discount).body();
                if (!body.equals(discount + "|" + discount)) {
                    wrong.add(kind + " for " + discount + ": " + body);
                }
            }
        }
        return wrong;
    }
}
