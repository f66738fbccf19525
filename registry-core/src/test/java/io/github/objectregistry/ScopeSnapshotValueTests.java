package io.github.objectregistry;

import java.util.Map;

import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * DESIGN §4.4, snapshots as values: built without a thread ({@code withScope}) and resolved through without
 * being attached, as a reactive request carries its scope in a Reactor {@code Context}.
 */
class ScopeSnapshotValueTests {

    private static final String DISCOUNT = "pricing>Discount";

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void withScopeAddsAScopeOnTopWithoutTouchingAnyThread() {
        this.registry.register(Discount.class);
        ScopeSnapshot base = ScopeSnapshot.empty(this.registry).withScope(Map.of(DISCOUNT, MyDense.class));
        ScopeSnapshot layered = base.withScope(Map.of(DISCOUNT, OtherDense.class), Map.of("extra", MyDense.class));
        assertThat(this.registry.hasThreadState()).isFalse();
        assertThat(this.registry.getRegisteredObject(DISCOUNT, base, null)).isSameAs(MyDense.class);
        assertThat(this.registry.getRegisteredObject(DISCOUNT, layered, null)).isSameAs(OtherDense.class);
        assertThat(this.registry.getRegisteredObject("extra", layered, null)).isSameAs(MyDense.class);
        try (ScopeSnapshot.Attachment attached = layered.attach()) {
            assertThat(this.registry.scopeDepth()).isEqualTo(2);
            assertThat(this.registry.getRegisteredObject(DISCOUNT)).isSameAs(OtherDense.class);
        }
    }

    @Test
    void resolvingThroughASnapshotIgnoresTheCallingThreadsScopes() {
        this.registry.register(Discount.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of(DISCOUNT, OtherDense.class))) {
            ScopeSnapshot empty = ScopeSnapshot.empty(this.registry);
            assertThat(this.registry.getRegisteredObject(DISCOUNT, empty, null)).isSameAs(Discount.class);
            assertThat(this.registry.getRegisteredObject("missing", empty, Map.of("missing", MyDense.class)))
                .isSameAs(MyDense.class);
        }
    }

    @Test
    void putUnderAnAttachedSnapshotNeverChangesTheSnapshotValue() {
        ScopeSnapshot request = ScopeSnapshot.empty(this.registry).withScope(Map.of());
        try (ScopeSnapshot.Attachment attached = request.attach()) {
            this.registry.getCustomObjects().put("leaky", MyDense.class);
            assertThat(this.registry.getRegisteredObject("leaky")).isSameAs(MyDense.class);
        }
        assertThat(this.registry.getRegisteredObject("leaky", request, null)).isNull();
        assertThat(this.registry.getRegisteredObject("leaky")).isNull();
    }

    @Test
    void snapshotOfAnotherRegistryIsRefusedWithTheFix() {
        ScopeSnapshot foreign = ScopeSnapshot.empty(new ObjectRegistry()).withScope(Map.of());
        assertThatIllegalArgumentException().isThrownBy(() -> this.registry.getRegisteredObject("X", foreign, null))
            .withMessage("Cannot resolve 'X' through " + foreign + ": it was taken from another registry. Pass a "
                    + "snapshot of this registry, from its captureScopes() or ScopeSnapshot.empty(registry).");
    }
}
