package io.github.objectregistry;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.RenamedDense;
import io.github.objectregistry.Fixtures.Unannotated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** DESIGN §4.3: where a name is looked up, and in which order. */
class LookupTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void unknownNameGivesNull() {
        assertThat(this.registry.getRegisteredObject("nobody>Nothing")).isNull();
    }

    @Test
    void nullNameIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> this.registry.getRegisteredObject(null))
            .withMessage("name");
    }

    @Test
    void fallbackMapIsConsultedLast() {
        assertThat(this.registry.getRegisteredObject("MyObject", Map.of("MyObject", OtherDense.class)))
            .isSameAs(OtherDense.class);
    }

    @Test
    void globalEntryWinsOverFallbackMap() {
        this.registry.register(MyDense.class);
        assertThat(this.registry.getRegisteredObject("my_package>MyDense",
                Map.of("my_package>MyDense", OtherDense.class)))
            .isSameAs(MyDense.class);
    }

    @Test
    void aliasIsAGlobalEntryAndWinsOverFallbackMap() {
        this.registry.register(RenamedDense.class);
        assertThat(this.registry.getRegisteredObject("my_package>OldDense",
                Map.of("my_package>OldDense", OtherDense.class)))
            .isSameAs(RenamedDense.class);
    }

    @Test
    void scopeWinsOverGlobalEntry() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("my_package>MyDense", OtherDense.class))) {
            assertThat(this.registry.getRegisteredObject("my_package>MyDense")).isSameAs(OtherDense.class);
        }
    }

    @Test
    void innermostScopeWinsOverOuterScope() {
        try (CustomObjectScope outer = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            try (CustomObjectScope inner = this.registry.customObjectScope(Map.of("X", OtherDense.class))) {
                assertThat(this.registry.getRegisteredObject("X")).isSameAs(OtherDense.class);
            }
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
        }
    }

    @Test
    void scopeWinsOverFallbackMap() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            assertThat(this.registry.getRegisteredObject("X", Map.of("X", OtherDense.class))).isSameAs(MyDense.class);
        }
    }

    @Test
    void globalEntryWinsOverFallbackMapInsideAScopeThatDoesNotBindTheName() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", OtherDense.class))) {
            assertThat(this.registry.getRegisteredObject("my_package>MyDense",
                    Map.of("my_package>MyDense", OtherDense.class)))
                .isSameAs(MyDense.class);
        }
    }

    @Test
    void fallbackMapIsConsultedInsideAScopeForNamesNothingElseHas() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            assertThat(this.registry.getRegisteredObject("Y", Map.of("Y", OtherDense.class)))
                .isSameAs(OtherDense.class);
        }
    }

    @Test
    void removalInAScopeHidesTheGlobalEntryButNotTheCallersMap() {
        this.registry.register(MyDense.class);
        try (CustomObjectScope scope = this.registry.customObjectScope()) {
            this.registry.getCustomObjects().remove("my_package>MyDense");
            assertThat(this.registry.getRegisteredObject("my_package>MyDense")).isNull();
            assertThat(this.registry.getRegisteredObject("my_package>MyDense",
                    Map.of("my_package>MyDense", OtherDense.class)))
                .isSameAs(OtherDense.class);
        }
    }

    @Test
    void removalInAnInnerScopeHidesTheOuterScopesEntry() {
        try (CustomObjectScope outer = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            try (CustomObjectScope inner = this.registry.customObjectScope()) {
                this.registry.getCustomObjects().remove("X");
                assertThat(this.registry.getRegisteredObject("X")).isNull();
            }
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
        }
    }

    @Test
    void registeredNameOfUnregisteredClassIsItsSimpleName() {
        assertThat(this.registry.getRegisteredName(Unannotated.class)).isEqualTo("Unannotated");
    }

    @Test
    void registeredNameOfUnregisteredInstanceIsItsClassSimpleName() {
        assertThat(this.registry.getRegisteredName(new StringBuilder())).isEqualTo("StringBuilder");
    }

    @Test
    void registeredNameOfLambdaIsNeverNullOrEmpty() {
        DoubleUnaryOperator lambda = (x) -> x;
        assertThat(this.registry.getRegisteredName(lambda)).isNotEmpty();
    }

    @Test
    void registeredNameOfRegisteredClassIsItsFullName() {
        this.registry.register(MyDense.class);
        assertThat(this.registry.getRegisteredName(MyDense.class)).isEqualTo("my_package>MyDense");
        assertThat(this.registry.isRegistered(MyDense.class)).isTrue();
    }

    @Test
    void scopeEntriesAreNotRegistrations() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            assertThat(this.registry.getRegisteredName(MyDense.class)).isEqualTo("MyDense");
            assertThat(this.registry.isRegistered(MyDense.class)).isFalse();
            assertThat(this.registry.getRegistration("X")).isNull();
        }
    }
}
