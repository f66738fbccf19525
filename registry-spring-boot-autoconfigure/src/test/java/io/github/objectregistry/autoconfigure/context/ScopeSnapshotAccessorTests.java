package io.github.objectregistry.autoconfigure.context;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshot.Scope;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.ThreadLocalAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessor through context-propagation's own snapshots and scopes, as Spring and Reactor use them; its
 * issues 67, 103 and 130 show what goes wrong with missing values, clearing and nesting.
 */
class ScopeSnapshotAccessorTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ScopeSnapshotAccessor accessor = new ScopeSnapshotAccessor(this.registry);

    private final ContextRegistry contextRegistry = new ContextRegistry().registerThreadLocalAccessor(this.accessor);

    private final ContextSnapshotFactory factory = ContextSnapshotFactory.builder()
        .contextRegistry(this.contextRegistry)
        .build();

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeEach
    void registerGlobalValue() {
        this.registry.register("pricing", "Discount", "global");
    }

    @AfterEach
    void stopPool() {
        this.pool.shutdownNow();
    }

    @Test
    void capturedSnapshotRunsTheTaskUnderTheScopesOnAnotherThreadAndLeavesItClean() throws Exception {
        Callable<Object> lookup;
        try (CustomObjectScope scope = override("spring-sale")) {
            lookup = this.factory.captureAll().wrap(() -> this.registry.getRegisteredObject("pricing>Discount"));
        }
        assertThat(onPool(lookup)).isEqualTo("spring-sale");
        assertThat(onPool(this.registry::hasThreadState)).isFalse();
        assertThat(onPool(() -> this.registry.getRegisteredObject("pricing>Discount"))).isEqualTo("global");
    }

    @Test
    void threadWithoutScopesLeavesTheKeyOutAndTouchesNoPooledThread() throws Exception {
        assertThat(this.accessor.getValue()).isNull();
        Callable<Boolean> state = this.factory.captureAll().wrap(this.registry::hasThreadState);
        assertThat(onPool(state)).isFalse();
        try (CustomObjectScope scope = override("mine")) {
            assertThat(state.call()).as("the thread's own scopes stay").isTrue();
            assertThat(this.registry.getRegisteredObject("pricing>Discount")).isEqualTo("mine");
        }
    }

    @Test
    void nestedScopesRestoreInReverseOrderDownToTheThreadsOwnScope() {
        ContextSnapshot first = snapshotWith("first");
        ContextSnapshot second = snapshotWith("second");
        try (CustomObjectScope own = override("own")) {
            try (Scope outer = first.setThreadLocals()) {
                assertThat(lookup()).isEqualTo("first");
                try (Scope inner = second.setThreadLocals()) {
                    assertThat(lookup()).isEqualTo("second");
                }
                assertThat(lookup()).isEqualTo("first");
            }
            assertThat(lookup()).isEqualTo("own");
            own.close();
            assertThat(own.isClosed()).isTrue();
        }
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void missingKeyWithClearingHidesTheThreadsOwnScopesUntilTheScopeCloses() {
        ContextSnapshot withoutKey = ContextSnapshotFactory.builder()
            .contextRegistry(this.contextRegistry)
            .clearMissing(true)
            .build()
            .captureAll();
        try (CustomObjectScope own = override("own")) {
            try (Scope cleared = withoutKey.setThreadLocals()) {
                assertThat(lookup()).isEqualTo("global");
                assertThat(this.registry.scopeDepth()).isZero();
            }
            assertThat(lookup()).isEqualTo("own");
            own.close();
        }
        assertThat(this.registry.closeScopesAbove(0)).isZero();
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void restoreWithoutASetFromThisAccessorChangesNothing() {
        try (CustomObjectScope own = override("own")) {
            this.accessor.restore();
            assertThat(lookup()).isEqualTo("own");
            assertThat(this.registry.scopeDepth()).isEqualTo(1);
        }
    }

    @Test
    void accessorRegisteredAfterOursMayOpenAScopeOverOursAndCloseItFirst() {
        TenantAccessor tenant = new TenantAccessor(this.registry);
        ContextRegistry both = new ContextRegistry().registerThreadLocalAccessor(this.accessor)
            .registerThreadLocalAccessor(tenant);
        ContextSnapshot snapshot;
        try (CustomObjectScope scope = override("captured")) {
            snapshot = ContextSnapshotFactory.builder().contextRegistry(both).build().captureAll();
        }
        try (Scope scope = snapshot.setThreadLocals()) {
            assertThat(lookup()).isEqualTo("captured");
            assertThat(this.registry.getRegisteredObject("tenant")).isEqualTo("acme");
        }
        assertThat(tenant.scopeOpenAtRestore).as("restored before ours, which would have closed it").isTrue();
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void everyAccessorHasAKeyOfItsOwn() {
        assertThat(new ScopeSnapshotAccessor(this.registry).key()).isNotEqualTo(this.accessor.key())
            .startsWith("io.github.objectregistry.ScopeSnapshot#");
    }

    private ContextSnapshot snapshotWith(String discount) {
        try (CustomObjectScope scope = override(discount)) {
            return this.factory.captureAll();
        }
    }

    private CustomObjectScope override(String discount) {
        return this.registry.customObjectScope(Map.of("pricing>Discount", discount));
    }

    private Object lookup() {
        return this.registry.getRegisteredObject("pricing>Discount");
    }

    private <T> T onPool(Callable<T> task) throws Exception {
        return this.pool.submit(task).get(10, TimeUnit.SECONDS);
    }

    /** A library's own accessor that opens a scope of the registry while its value is set, like a tenant's. */
    private static final class TenantAccessor implements ThreadLocalAccessor<String> {

        private final ObjectRegistry registry;

        private final ThreadLocal<CustomObjectScope> open = new ThreadLocal<>();

        private boolean scopeOpenAtRestore;

        TenantAccessor(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        public Object key() {
            return "tenant";
        }

        @Override
        public String getValue() {
            return "acme";
        }

        @Override
        public void setValue(String value) {
            this.open.set(this.registry.customObjectScope(Map.of("tenant", value)));
        }

        @Override
        public void setValue() {
        }

        @Override
        public void restore(String previousValue) {
            this.scopeOpenAtRestore = !this.open.get().isClosed();
            this.open.get().close();
            this.open.remove();
        }
    }
}
