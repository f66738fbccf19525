package io.github.objectregistry;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.Scaler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** DESIGN §4.4: thread-confined, nesting scopes and the live custom-objects view. */
class CustomObjectScopeTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void scopeRestoresPreviousStateOnClose() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("MyObject", MyDense.class))) {
            assertThat(this.registry.getRegisteredObject("MyObject")).isSameAs(MyDense.class);
        }
        assertThat(this.registry.getRegisteredObject("MyObject")).isNull();
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void laterMapsWinOverEarlierMapsOfTheSameScope() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class),
                Map.of("X", OtherDense.class))) {
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(OtherDense.class);
        }
    }

    @Test
    void scopeWithNoMapsIsAllowed() {
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            assertThat(scope.getCustomObjects()).isEmpty();
            assertThat(this.registry.scopeDepth()).isEqualTo(1);
        }
    }

    @Test
    void innerScopeSeesOuterScopeEntries() {
        try (CustomObjectScope outer = this.registry.customObjectScope(Map.of("A", MyDense.class))) {
            try (CustomObjectScope inner = this.registry.customObjectScope(Map.of("B", OtherDense.class))) {
                assertThat(this.registry.getRegisteredObject("A")).isSameAs(MyDense.class);
                assertThat(this.registry.getRegisteredObject("B")).isSameAs(OtherDense.class);
                assertThat(inner.depth()).isEqualTo(2);
            }
            assertThat(this.registry.getRegisteredObject("B")).isNull();
        }
    }

    @Test
    void newThreadStartsWithNoScope() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("MyObject", MyDense.class))) {
            AtomicReference<Object> seen = new AtomicReference<>("unset");
            Thread thread = new Thread(() -> seen.set(this.registry.getRegisteredObject("MyObject")));
            thread.start();
            thread.join();
            assertThat(seen.get()).isNull();
        }
    }

    @Test
    void scopeIsInvisibleToOtherThreads() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("MyObject", MyDense.class))) {
            Object seen = CompletableFuture.supplyAsync(() -> this.registry.getRegisteredObject("MyObject"), pool).get();
            assertThat(seen).isNull();
            assertThat(CompletableFuture.supplyAsync(this.registry::scopeDepth, pool).get()).isZero();
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingTwiceIsNoOp() {
        CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class));
        scope.close();
        scope.close();
        assertThat(scope.isClosed()).isTrue();
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void closingOutOfOrderThrowsAndKeepsBothScopesOpen() {
        CustomObjectScope outer = this.registry.customObjectScope(Map.of("A", MyDense.class));
        CustomObjectScope inner = this.registry.customObjectScope(Map.of("B", OtherDense.class));
        assertThatIllegalStateException().isThrownBy(outer::close)
            .withMessageContaining("Cannot close the custom object scope at depth 1")
            .withMessageContaining("the scope at depth 2 was opened inside it and is still open")
            .withMessageContaining("Close inner scopes first");
        assertThat(this.registry.getRegisteredObject("B")).isSameAs(OtherDense.class);
        inner.close();
        outer.close();
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void closingFromAnotherThreadThrowsAndLeavesScopeOpen() throws Exception {
        CustomObjectScope scope = this.registry.customObjectScope(Map.of("A", MyDense.class));
        try {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    scope.close();
                }
                catch (Throwable ex) {
                    failure.set(ex);
                }
            }, "intruder");
            thread.start();
            thread.join();
            assertThat(failure.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from thread 'intruder'")
                .hasMessageContaining("opened on thread '" + Thread.currentThread().getName() + "'")
                .hasMessageContaining("Close it on that thread");
            assertThat(scope.isClosed()).isFalse();
            assertThat(this.registry.getRegisteredObject("A")).isSameAs(MyDense.class);
        }
        finally {
            scope.close();
        }
    }

    @Test
    void nullValueIsRejectedNamingTheKey() {
        java.util.HashMap<String, Object> map = new java.util.HashMap<>();
        map.put("ghost", null);
        assertThatNullPointerException().isThrownBy(() -> this.registry.customObjectScope(map))
            .withMessage("custom object 'ghost' is null");
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void closeScopesAboveClosesOnlyTheInnermostScopesAboveTheDepth() {
        CustomObjectScope outer = this.registry.customObjectScope(Map.of("A", MyDense.class));
        CustomObjectScope middle = this.registry.customObjectScope(Map.of("B", MyDense.class));
        CustomObjectScope inner = this.registry.customObjectScope(Map.of("C", MyDense.class));
        assertThat(this.registry.closeScopesAbove(1)).isEqualTo(2);
        assertThat(inner.isClosed()).isTrue();
        assertThat(middle.isClosed()).isTrue();
        assertThat(outer.isClosed()).isFalse();
        assertThat(this.registry.scopeDepth()).isEqualTo(1);
        assertThat(this.registry.getRegisteredObject("A")).isSameAs(MyDense.class);
        assertThat(this.registry.getRegisteredObject("B")).isNull();
        assertThat(this.registry.getRegisteredObject("C")).isNull();
        inner.close();
        middle.close();
        outer.close();
        assertThat(this.registry.scopeDepth()).isZero();
        assertThat(this.registry.closeScopesAbove(0)).isZero();
    }

    @Test
    void registerInsideScopeIsGlobalAndOutlivesTheScope() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("A", MyDense.class))) {
            this.registry.register(Scaler.class);
        }
        assertThat(this.registry.getRegisteredObject("my_package>Scaler")).isSameAs(Scaler.class);
        assertThat(CompletableFuture.supplyAsync(() -> this.registry.getRegisteredObject("my_package>Scaler")).get())
            .isSameAs(Scaler.class);
    }

    // The live view

    @Test
    void putInsideScopeVanishesWhenScopeCloses() {
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            this.registry.getCustomObjects().put("MyObject", MyDense.class);
            assertThat(this.registry.getRegisteredObject("MyObject")).isSameAs(MyDense.class);
        }
        assertThat(this.registry.getRegisteredObject("MyObject")).isNull();
        assertThat(this.registry.getCustomObjects()).doesNotContainKey("MyObject");
    }

    @Test
    void putInsideScopeIsInvisibleToOtherThreads() throws Exception {
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            this.registry.getCustomObjects().put("MyObject", MyDense.class);
            assertThat(CompletableFuture.supplyAsync(() -> this.registry.getRegisteredObject("MyObject")).get())
                .isNull();
        }
    }

    @Test
    void putInsideNestedScopeChangesOnlyInnermostScope() {
        try (CustomObjectScope outer = this.registry.customObjectScope()) {
            try (CustomObjectScope inner = this.registry.customObjectScope()) {
                this.registry.getCustomObjects().put("X", MyDense.class);
                assertThat(inner.getCustomObjects()).containsKey("X");
                assertThat(outer.getCustomObjects()).isEmpty();
            }
            assertThat(this.registry.getRegisteredObject("X")).isNull();
        }
    }

    @Test
    void scopeNeverListsANameRemovedInsideIt() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("A", OtherDense.class))) {
            this.registry.getCustomObjects().remove("my_package>MyDense");
            this.registry.getCustomObjects().remove("A");
            assertThat(scope.getCustomObjects()).isEmpty();
        }
    }

    @Test
    void removeInsideScopeHidesGlobalEntryUntilScopeCloses() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            assertThat(this.registry.getCustomObjects().remove("my_package>MyDense")).isSameAs(MyDense.class);
            assertThat(this.registry.getRegisteredObject("my_package>MyDense")).isNull();
            assertThat(this.registry.getCustomObjects()).doesNotContainKey("my_package>MyDense");
        }
        assertThat(this.registry.getRegisteredObject("my_package>MyDense")).isSameAs(MyDense.class);
    }

    @Test
    void viewShowsScopeLayersOverGlobalEntries() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("my_package>MyDense", OtherDense.class,
                "Extra", Scaler.class))) {
            assertThat(this.registry.getCustomObjects()).containsOnly(
                    Map.entry("my_package>MyDense", OtherDense.class), Map.entry("Extra", Scaler.class));
        }
        assertThat(this.registry.getCustomObjects()).containsOnly(Map.entry("my_package>MyDense", MyDense.class));
    }

    @Test
    void clearInsideScopeHidesEverythingOnlyUntilScopeCloses() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            this.registry.getCustomObjects().clear();
            assertThat(this.registry.getCustomObjects()).isEmpty();
        }
        assertThat(this.registry.getCustomObjects()).containsKey("my_package>MyDense");
    }
}
