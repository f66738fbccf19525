package io.github.objectregistry;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** DESIGN §4.4, across threads: what a task run under a snapshot sees, and what its thread has afterwards. */
class ScopeSnapshotTests {

    private static final String DISCOUNT = "pricing>Discount";

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeEach
    void registerDiscount() {
        this.registry.register(Discount.class);
    }

    @AfterEach
    void stopPool() {
        this.pool.shutdownNow();
        this.registry.closeScopesAbove(0);
    }

    @Test
    void overrideIsVisibleInATaskOnAnotherThread() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            assertThat(onPool(snapshot.wrap(() -> this.registry.getRegisteredObject(DISCOUNT))))
                .isSameAs(OtherDense.class);
            assertThat(onPool(() -> this.registry.getRegisteredObject(DISCOUNT))).as("without the snapshot")
                .isSameAs(Discount.class);
        }
    }

    @Test
    void pooledThreadHoldsNothingAfterTheTask() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            onPool(this.registry.captureScopes().wrap(() -> this.registry.scopeDepth()));
        }
        assertThat(onPool(this.registry::hasThreadState)).isFalse();
        assertThat(onPool(() -> this.registry.getRegisteredObject(DISCOUNT))).isSameAs(Discount.class);
    }

    @Test
    void scopeThatATaskLeavesOpenIsClosedAndLogged() throws Exception {
        ScopeSnapshot snapshot = this.registry.captureScopes();
        try (CapturedWarnings log = new CapturedWarnings()) {
            onPool(snapshot.wrap(() -> this.registry.customObjectScope(Map.of("X", MyDense.class))));
            assertThat(log.warnings()).singleElement().asString()
                .startsWith("Closed 1 custom object scope(s) left open by a task that ran under a ScopeSnapshot on "
                        + "thread 'pool-")
                .endsWith("close every scope you open, ideally with try-with-resources.");
        }
        assertThat(onPool(this.registry::hasThreadState)).isFalse();
    }

    @Test
    void taskCannotCloseTheSnapshotsScopes() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            assertThat(onPool(snapshot.wrap(() -> this.registry.closeScopesAbove(0)))).as("closed by the task").isZero();
            assertThat(onPool(snapshot.wrap(() -> {
                this.registry.closeScopesAbove(0);
                return this.registry.getRegisteredObject(DISCOUNT);
            }))).isSameAs(OtherDense.class);
            Future<?> closing = this.pool.submit(snapshot.wrap(scope::close));
            assertThat(closing).failsWithin(10, TimeUnit.SECONDS).withThrowableThat().havingCause()
                .isInstanceOf(IllegalStateException.class)
                .withMessageContaining("scopes are confined to their thread");
            assertThat(scope.isClosed()).isFalse();
        }
    }

    @Test
    void taskRunOnTheSnapshotsOwnThreadCannotCloseTheScopesAroundIt() {
        CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class));
        Runnable task = this.registry.captureScopes().wrap(scope::close);
        assertThatIllegalStateException().isThrownBy(task::run)
            .withMessage("Cannot close the custom object scope at depth 1 on thread '" + Thread.currentThread().getName()
                    + "' while a task runs there under a ScopeSnapshot: the scope belongs to the code around the "
                    + "task, and a task never closes scopes it did not open. Close it after the task has returned.");
        assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(OtherDense.class);
        scope.close();
        assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(Discount.class);
    }

    @Test
    void originClosingItsScopeWhileTheTaskRunsDoesNotChangeTheTasksView() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch originClosed = new CountDownLatch(1);
        Future<Object> seen;
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            seen = this.pool.submit(this.registry.captureScopes().wrap(() -> {
                started.countDown();
                assertThat(originClosed.await(10, TimeUnit.SECONDS)).as("the origin closed its scope").isTrue();
                return this.registry.getRegisteredObject(DISCOUNT);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).as("the task started").isTrue();
        }
        originClosed.countDown();
        assertThat(seen.get(10, TimeUnit.SECONDS)).isSameAs(OtherDense.class);
    }

    @Test
    void putsOnEitherSideAfterTheCaptureAreNotShared() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            this.registry.getCustomObjects().put("later", MyDense.class);
            assertThat(onPool(snapshot.wrap(() -> {
                this.registry.getCustomObjects().put("mine", MyDense.class);
                return this.registry.getCustomObjects().containsKey("later");
            }))).isFalse();
            assertThat(this.registry.getRegisteredObject("mine")).isNull();
            assertThat(scope.getCustomObjects()).containsOnlyKeys(DISCOUNT, "later");
        }
    }

    @Test
    void putInATaskWithoutScopesOfItsOwnStaysInThatTask() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            assertThat(onPool(snapshot.wrap(() -> {
                this.registry.getCustomObjects().put("mine", MyDense.class);
                this.registry.getCustomObjects().remove(DISCOUNT);
                return Map.copyOf(this.registry.getCustomObjects());
            }))).containsOnlyKeys("mine");
            assertThat(onPool(snapshot.wrap(() -> Map.copyOf(this.registry.getCustomObjects()))))
                .containsOnly(Map.entry(DISCOUNT, OtherDense.class));
        }
        assertThat(this.registry.getRegisteredObject("mine")).as("not global").isNull();
        assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(Discount.class);
    }

    @Test
    void taskOpensAndClosesItsOwnScopesOnTopOfTheSnapshots() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot snapshot = this.registry.captureScopes();
            assertThat(onPool(snapshot.wrap(() -> {
                try (CustomObjectScope own = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
                    assertThat(own.depth()).isEqualTo(2);
                    assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(OtherDense.class);
                    assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
                }
                return this.registry.scopeDepth() + " " + this.registry.getRegisteredObject("X");
            }))).isEqualTo("1 null");
        }
    }

    @Test
    void snapshotOfAThreadWithoutScopesIsOneSharedEmptyValue() throws Exception {
        ScopeSnapshot here = this.registry.captureScopes();
        assertThat(here.isEmpty()).isTrue();
        assertThat(onPool(this.registry::captureScopes)).isSameAs(here).isSameAs(ScopeSnapshot.empty(this.registry));
        assertThat(this.registry.hasThreadState()).as("capturing leaves nothing").isFalse();
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            assertThat(this.registry.captureScopes().isEmpty()).isFalse();
        }
        assertThat(this.registry.captureScopes()).as("after the last scope closed").isSameAs(here);
    }

    @Test
    void emptySnapshotHidesTheThreadsScopesForTheTaskOnlyAndRestoresThem() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot.empty(this.registry).wrap(() -> {
                assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(Discount.class);
                assertThat(this.registry.scopeDepth()).isZero();
            }).run();
            assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(OtherDense.class);
            assertThat(this.registry.scopeDepth()).isEqualTo(1);
        }
        assertThat(this.registry.closeScopesAbove(0)).isZero();
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void wrappedTaskRunInsideAnotherOnTheSameThreadRestoresExactly() throws Exception {
        ScopeSnapshot outer;
        ScopeSnapshot inner;
        try (CustomObjectScope a = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            outer = this.registry.captureScopes();
            try (CustomObjectScope b = this.registry.customObjectScope(Map.of("X", "x"))) {
                inner = this.registry.captureScopes();
            }
        }
        Callable<String> nested = outer.wrap(() -> {
            try (CustomObjectScope own = this.registry.customObjectScope(Map.of("own", "own"))) {
                String seenInside = inner.wrap(this::view).call();
                return seenInside + " | " + view();
            }
        });
        assertThat(onPool(nested)).isEqualTo("2 OtherDense x null | 2 OtherDense null own");
        assertThat(onPool(this.registry::hasThreadState)).isFalse();
        try (CustomObjectScope mine = this.registry.customObjectScope(Map.of("mine", MyDense.class))) {
            assertThat(nested.call()).isEqualTo("2 OtherDense x null | 2 OtherDense null own");
            assertThat(view()).isEqualTo("1 Discount null null");
            assertThat(this.registry.getRegisteredObject("mine")).isSameAs(MyDense.class);
            mine.close();
            assertThat(mine.isClosed()).isTrue();
        }
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void taskThatThrowsStillRestoresItsThread() throws Exception {
        try (CustomObjectScope mine = this.registry.customObjectScope(Map.of("mine", MyDense.class))) {
            ScopeSnapshot snapshot = ScopeSnapshot.empty(this.registry);
            Runnable failing = snapshot.wrap((Runnable) () -> {
                this.registry.customObjectScope();
                throw new IllegalArgumentException("task failed");
            });
            Callable<Object> failingCall = snapshot.wrap(() -> {
                throw new IOException("call failed");
            });
            try (CapturedWarnings log = new CapturedWarnings()) {
                assertThatIllegalArgumentException().isThrownBy(failing::run)
                    .withMessage("task failed");
                assertThat(log.warnings()).hasSize(1);
            }
            assertThatIOException().isThrownBy(failingCall::call);
            assertThat(this.registry.getRegisteredObject("mine")).isSameAs(MyDense.class);
            assertThat(this.registry.scopeDepth()).isEqualTo(1);
        }
        assertThat(this.pool.submit(this.registry.captureScopes().wrap((Runnable) () -> {
            throw new IllegalStateException("on the pool");
        }))).failsWithin(10, TimeUnit.SECONDS);
        assertThat(onPool(this.registry::hasThreadState)).isFalse();
    }

    /** The depth, then what the names of the nesting test resolve to on this thread. */
    private String view() {
        return this.registry.scopeDepth() + " " + ((Class<?>) this.registry.getRegisteredObject(DISCOUNT)).getSimpleName()
                + " " + this.registry.getRegisteredObject("X") + " " + this.registry.getRegisteredObject("own");
    }

    private <T> T onPool(Callable<T> task) throws Exception {
        return this.pool.submit(task).get(10, TimeUnit.SECONDS);
    }
}
