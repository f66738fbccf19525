package io.github.objectregistry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.RenamedDense;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DESIGN §4.4: outside any scope, {@code getCustomObjects()} writes the global entries, under the registry's
 * conflict policy, and keeps every registration consistent.
 */
class GlobalCustomObjectsTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    private final ObjectRegistry replacing = new ObjectRegistry(ConflictPolicy.REPLACE);

    @Test
    void putOutsideScopeChangesGlobalEntriesForEveryThread() throws Exception {
        this.registry.getCustomObjects().put("MyObject", MyDense.class);
        assertThat(CompletableFuture.supplyAsync(() -> this.registry.getRegisteredObject("MyObject")).get())
            .isSameAs(MyDense.class);
    }

    @Test
    void entriesPutThroughViewReportSimpleNameAsKerasDoes() {
        this.registry.getCustomObjects().put("Custom>Thing", MyDense.class);
        assertThat(this.registry.getRegisteredName(MyDense.class)).isEqualTo("MyDense");
    }

    @Test
    void puttingAnObjectUnderItsOwnNameIsANoOp() {
        this.registry.register(Discount.class);
        Registration before = this.registry.getRegistration("pricing>Discount");
        assertThat(this.registry.getCustomObjects().put("pricing>Discount", Discount.class)).isSameAs(Discount.class);
        assertThat(this.registry.getRegistrations()).containsExactly(before);
    }

    @Test
    void putOverAnotherTargetsNameFailsUnderFailPolicyAndLeavesTheRegistryUnchanged() {
        this.registry.register(Discount.class);
        Registration before = this.registry.getRegistration("pricing>Discount");
        assertThatExceptionOfType(DuplicateRegistrationException.class)
            .isThrownBy(() -> this.registry.getCustomObjects().put("pricing>Discount", OtherDense.class))
            .satisfies((ex) -> {
                assertThat(ex.getName()).isEqualTo("pricing>Discount");
                assertThat(ex.getProblem()).isEqualTo("Cannot put class " + OtherDense.class.getName()
                        + " under 'pricing>Discount': that name is already registered to class "
                        + Discount.class.getName() + ".");
                assertThat(ex.getFix()).startsWith("No scope is open on this thread, so this put would change the "
                        + "registry for every thread.")
                    .contains("customObjectScope(Map.of(\"pricing>Discount\", ...))")
                    .contains("ScopeSnapshot")
                    .contains("ConflictPolicy.REPLACE")
                    .doesNotContain("remove(");
            });
        assertThat(this.registry.getRegistrations()).containsExactly(before);
        assertThat(this.registry.getRegisteredName(Discount.class)).isEqualTo("pricing>Discount");
        assertThat(this.registry.isRegistered(OtherDense.class)).isFalse();
    }

    @Test
    void putOverAnotherTargetsNameReplacesItUnderReplacePolicy() {
        this.replacing.register(Discount.class);
        assertThat(this.replacing.getCustomObjects().put("pricing>Discount", OtherDense.class))
            .isSameAs(Discount.class);
        assertThat(this.replacing.getRegisteredObject("pricing>Discount")).isSameAs(OtherDense.class);
        assertThat(this.replacing.isRegistered(Discount.class)).isFalse();
        assertThat(this.replacing.getRegisteredName(Discount.class)).isEqualTo("Discount");
        assertThat(this.replacing.getRegistrations())
            .containsExactly(new Registration("pricing>Discount", OtherDense.class, List.of()));
    }

    @Test
    void puttingTheOriginalClassBackRestoresItsRegistrationExactly() {
        this.replacing.register(Discount.class);
        Registration original = this.replacing.getRegistration("pricing>Discount");
        this.replacing.getCustomObjects().put("pricing>Discount", OtherDense.class);
        this.replacing.getCustomObjects().put("pricing>Discount", Discount.class);
        assertThat(this.replacing.getRegisteredName(Discount.class)).isEqualTo("pricing>Discount");
        assertThat(this.replacing.getRegistrations()).containsExactly(original);
        assertThat(this.replacing.isRegistered(OtherDense.class)).isFalse();
    }

    @Test
    void puttingTheOriginalClassBackRestoresItsPrimaryNameAndAliases() {
        this.replacing.register(RenamedDense.class);
        Registration original = this.replacing.getRegistration("my_package>Dense2");
        this.replacing.getCustomObjects().put("my_package>Dense2", OtherDense.class);
        assertThat(this.replacing.getRegisteredName(RenamedDense.class)).isEqualTo("my_package>OldDense");
        this.replacing.getCustomObjects().put("my_package>Dense2", RenamedDense.class);
        assertThat(this.replacing.getRegistrations()).containsExactly(original);
        assertThat(this.replacing.getRegistration("my_package>OldDense")).isEqualTo(original);
        assertThat(this.replacing.getRegisteredName(RenamedDense.class)).isEqualTo("my_package>Dense2");
    }

    @Test
    void puttingTheOriginalClassBackRestoresItAfterARegistrationTookItsName() {
        this.replacing.register(Discount.class);
        Registration original = this.replacing.getRegistration("pricing>Discount");
        this.replacing.register("pricing", "Discount", OtherDense.class);
        this.replacing.getCustomObjects().put("pricing>Discount", Discount.class);
        assertThat(this.replacing.getRegistrations()).containsExactly(original);
        assertThat(this.replacing.isRegistered(OtherDense.class)).isFalse();
    }

    @Test
    void puttingARegisteredClassUnderAnotherNameAddsAnAliasAndKeepsItsWrittenName() {
        this.registry.register(Discount.class);
        this.registry.getCustomObjects().put("legacy>Discount", Discount.class);
        Registration expected = new Registration("pricing>Discount", Discount.class, List.of("legacy>Discount"));
        assertThat(this.registry.getRegistrations()).containsExactly(expected);
        assertThat(this.registry.getRegistration("legacy>Discount")).isEqualTo(expected);
        assertThat(this.registry.getRegisteredName(Discount.class)).isEqualTo("pricing>Discount");
    }

    @Test
    void puttingAnInstanceOverARegisteredInstanceUnregistersTheEarlierOne() {
        DoubleUnaryOperator first = (x) -> x;
        DoubleUnaryOperator second = (x) -> -x;
        this.replacing.register("fn", "identity", first);
        this.replacing.getCustomObjects().put("fn>identity", second);
        assertThat(this.replacing.getRegisteredObject("fn>identity")).isSameAs(second);
        assertThat(this.replacing.findRegisteredName(first)).isNull();
        assertThat(this.replacing.register("fn", "old", first)).isEqualTo("fn>old");
        assertThat(this.replacing.findRegisteredName(first)).isEqualTo("fn>old");
    }

    @Test
    void removeOutsideScopeRemovesGlobalRegistrationWithItsAliases() {
        this.registry.register(RenamedDense.class);
        this.registry.getCustomObjects().remove("my_package>Dense2");
        assertThat(this.registry.getRegisteredObject("my_package>Dense2")).isNull();
        assertThat(this.registry.getRegisteredObject("my_package>OldDense")).isNull();
        assertThat(this.registry.isRegistered(RenamedDense.class)).isFalse();
    }

    @Test
    void removedClassPutBackUnderItsNameIsAPlainEntryNotARegistration() {
        this.registry.register(Discount.class);
        this.registry.getCustomObjects().remove("pricing>Discount");
        this.registry.getCustomObjects().put("pricing>Discount", Discount.class);
        assertThat(this.registry.getRegisteredObject("pricing>Discount")).isSameAs(Discount.class);
        assertThat(this.registry.isRegistered(Discount.class)).isFalse();
    }

    @Test
    void removingAnAliasKeepsThePrimaryName() {
        this.registry.register(RenamedDense.class);
        this.registry.getCustomObjects().remove("my_package>OldDense");
        assertThat(this.registry.getRegisteredObject("my_package>OldDense")).isNull();
        assertThat(this.registry.getRegistration("my_package>Dense2").aliases()).isEmpty();
        assertThat(this.registry.getRegisteredName(RenamedDense.class)).isEqualTo("my_package>Dense2");
    }

    @Test
    void viewListsEveryGlobalNameAndAlias() {
        this.registry.register(RenamedDense.class);
        assertThat(this.registry.getCustomObjects()).containsOnly(Map.entry("my_package>Dense2", RenamedDense.class),
                Map.entry("my_package>OldDense", RenamedDense.class));
    }
}
