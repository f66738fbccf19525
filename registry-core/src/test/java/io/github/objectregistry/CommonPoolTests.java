package io.github.objectregistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.OtherDense;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4.4: nothing decorates the common {@code ForkJoinPool}, which runs parallel streams and
 * {@code CompletableFuture.*Async} without an executor, so its threads never see the caller's scopes unless
 * the work runs under a snapshot. These tests show both, and the patterns the README documents.
 */
class CommonPoolTests {

    private static final String DISCOUNT = "pricing>Discount";

    private static final int ELEMENTS = 64;

    private final ObjectRegistry registry = new ObjectRegistry();

    /** What one element of a parallel stream saw, and where it ran. */
    record Seen(boolean onCommonPool, Object discount, boolean threadState) {
    }

    @BeforeEach
    void registerDiscount() {
        this.registry.register(Discount.class);
    }

    @Test
    void parallelStreamWithoutASnapshotDoesNotSeeTheScopeOnCommonPoolThreads() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            List<Seen> seen = inParallel(this::seen);
            assertThat(seen).filteredOn(Seen::onCommonPool).isNotEmpty()
                .allSatisfy((element) -> assertThat(element.discount()).isSameAs(Discount.class));
            assertThat(seen).filteredOn((element) -> !element.onCommonPool())
                .allSatisfy((element) -> assertThat(element.discount()).isSameAs(OtherDense.class));
        }
    }

    @Test
    void parallelStreamSeesTheScopeOnEveryThreadWhenEachElementAttachesTheSnapshot() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            List<Seen> seen = inParallel(() -> {
                try (ScopeSnapshot.Attachment attached = snapshot.attach()) {
                    return seen();
                }
            });
            assertThat(seen).filteredOn(Seen::onCommonPool).isNotEmpty();
            assertThat(seen).allSatisfy((element) -> assertThat(element.discount()).isSameAs(OtherDense.class));
        }
        assertThat(inParallel(this::seen)).as("afterwards").filteredOn(Seen::onCommonPool).isNotEmpty()
            .allSatisfy((element) -> assertThat(element).isEqualTo(new Seen(true, Discount.class, false)));
    }

    @Test
    void supplyAsyncSeesTheScopeThroughTheWrappedCommonPool() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            // Below a parallelism of 2, supplyAsync starts a thread per task instead: no scope there either.
            assertThat(CompletableFuture.supplyAsync(this::seen).join().discount()).isSameAs(Discount.class);
            Seen seen = CompletableFuture.supplyAsync(this::seen, snapshot.wrap(ForkJoinPool.commonPool())).join();
            assertThat(seen.discount()).isSameAs(OtherDense.class);
        }
    }

    /** Runs {@code element} for each of 64 elements of a parallel stream, slowly enough that pool threads join. */
    private List<Seen> inParallel(Supplier<Seen> element) {
        return IntStream.range(0, ELEMENTS).parallel().mapToObj((i) -> {
            pause();
            return element.get();
        }).toList();
    }

    private Seen seen() {
        return new Seen(Thread.currentThread() instanceof ForkJoinWorkerThread,
                this.registry.getRegisteredObject(DISCOUNT), this.registry.hasThreadState());
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
