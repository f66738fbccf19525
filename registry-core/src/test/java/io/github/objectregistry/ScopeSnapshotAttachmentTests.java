package io.github.objectregistry;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The low-level form of running under a snapshot: {@link ScopeSnapshot#attach()} and closing its attachment. */
class ScopeSnapshotAttachmentTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void closingTheAttachmentGivesTheThreadBackTheVerySameScopes() {
        ScopeSnapshot snapshot = snapshotOf(Map.of("X", OtherDense.class));
        try (CustomObjectScope outer = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            CustomObjectScope inner = this.registry.customObjectScope(Map.of("Y", MyDense.class));
            try (ScopeSnapshot.Attachment attached = snapshot.attach()) {
                assertThat(this.registry.getRegisteredObject("X")).isSameAs(OtherDense.class);
                assertThat(this.registry.getRegisteredObject("Y")).isNull();
                assertThat(this.registry.scopeDepth()).isEqualTo(1);
            }
            assertThat(this.registry.scopeDepth()).isEqualTo(2);
            assertThat(this.registry.getRegisteredObject("Y")).isSameAs(MyDense.class);
            inner.close();
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
        }
        assertThat(this.registry.closeScopesAbove(0)).isZero();
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void attachmentOnAThreadWithoutStateLeavesNone() {
        try (ScopeSnapshot.Attachment attached = snapshotOf(Map.of("X", OtherDense.class)).attach()) {
            assertThat(this.registry.closeScopesAbove(0)).as("a boundary inside stops at the snapshot").isZero();
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(OtherDense.class);
        }
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void attachmentCannotBeClosedFromAnotherThread() throws Exception {
        ScopeSnapshot.Attachment attached = snapshotOf(Map.of("X", OtherDense.class)).attach();
        try {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(attached::close);
            assertThat(closing).failsWithin(10, TimeUnit.SECONDS).withThrowableThat().havingCause()
                .isInstanceOf(IllegalStateException.class)
                .withMessageStartingWith("Cannot close the attachment of a ScopeSnapshot from thread '")
                .withMessageEndingWith("': it was made on thread '" + Thread.currentThread().getName()
                        + "', whose scopes it replaced. Close it on that thread, ideally with try-with-resources.");
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(OtherDense.class);
        }
        finally {
            attached.close();
        }
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void closingAnAttachmentTwiceIsANoOp() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            ScopeSnapshot.Attachment attached = ScopeSnapshot.empty(this.registry).attach();
            attached.close();
            attached.close();
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
        }
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void closingAnOuterAttachmentFirstRestoresTheThreadAndEndsTheInnerOne() {
        ScopeSnapshot first = snapshotOf(Map.of("X", OtherDense.class));
        ScopeSnapshot second = snapshotOf(Map.of("X", MyDense.class));
        try (CustomObjectScope mine = this.registry.customObjectScope(Map.of("mine", MyDense.class));
                CapturedWarnings log = new CapturedWarnings()) {
            ScopeSnapshot.Attachment outer = first.attach();
            ScopeSnapshot.Attachment inner = second.attach();
            this.registry.customObjectScope();
            outer.close();
            assertThat(log.warnings()).containsExactly(
                    "Ended an attachment of a ScopeSnapshot on thread '" + Thread.currentThread().getName()
                            + "' that was never closed, with the attachment made before it: close every attachment "
                            + "you make, ideally with try-with-resources.",
                    "Closed 1 custom object scope(s) left open by a task that ran under a ScopeSnapshot on thread '"
                            + Thread.currentThread().getName()
                            + "': close every scope you open, ideally with try-with-resources.");
            inner.close();
            assertThat(this.registry.scopeDepth()).isEqualTo(1);
            assertThat(this.registry.getRegisteredObject("X")).isNull();
            assertThat(this.registry.getRegisteredObject("mine")).isSameAs(MyDense.class);
        }
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void attachmentOfOneRegistryLeavesAnotherRegistrysScopesAlone() {
        ObjectRegistry other = new ObjectRegistry();
        try (CustomObjectScope scope = other.customObjectScope(Map.of("X", MyDense.class));
                ScopeSnapshot.Attachment attached = snapshotOf(Map.of("X", OtherDense.class)).attach()) {
            assertThat(other.getRegisteredObject("X")).isSameAs(MyDense.class);
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(OtherDense.class);
        }
    }

    /** A snapshot of one scope holding {@code objects}, taken on another thread. */
    private ScopeSnapshot snapshotOf(Map<String, ?> objects) {
        return CompletableFuture.supplyAsync(() -> {
            try (CustomObjectScope scope = this.registry.customObjectScope(objects)) {
                return this.registry.captureScopes();
            }
        }).join();
    }
}
