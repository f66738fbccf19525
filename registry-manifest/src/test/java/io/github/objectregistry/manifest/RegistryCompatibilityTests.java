package io.github.objectregistry.manifest;

import java.util.List;
import java.util.function.Function;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.manifest.CompatibilityReport.Change;
import io.github.objectregistry.manifest.Layers.Dense;
import io.github.objectregistry.manifest.Layers.Dropout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Each rule of the compatibility check, one by one: what breaks old documents and what does not. */
class RegistryCompatibilityTests {

    private final RegistryManifest deployed = Manifests.of(Dense.class, Dropout.class);

    private CompatibilityReport against(Class<?> dense) {
        return RegistryCompatibility.check(this.deployed, Manifests.of(dense, Dropout.class));
    }

    /** The changes besides the target's class, which each fixture changes. */
    private static List<Change> configChanges(CompatibilityReport report) {
        return report.changes().stream().filter((change) -> !change.description().startsWith("target changed"))
            .toList();
    }

    @Test
    void theSameRegistryIsCompatibleWithNothingToReport() {
        CompatibilityReport report = RegistryCompatibility.check(this.deployed, Manifests.of(Dense.class,
                Dropout.class));
        assertThat(report.changes()).isEmpty();
        assertThat(report.isCompatible()).isTrue();
    }

    @Test
    void aRemovedNameIsBreaking() {
        CompatibilityReport report = RegistryCompatibility.check(this.deployed, Manifests.of(Dense.class));
        assertThat(report.breaking()).singleElement().satisfies((change) -> {
            assertThat(change.name()).isEqualTo("layers>Dropout");
            assertThat(change.description()).startsWith("removed: documents written by the old deployment name it")
                .contains("@RegisterSerializable(aliases = \"layers>Dropout\")");
        });
    }

    @Test
    void aNameKeptAsAnAliasOfItsSuccessorIsCompatible() {
        CompatibilityReport report = against(Layers.RenamedDense.class);
        assertThat(report.isCompatible()).isTrue();
        assertThat(configChanges(report)).map(Change::description)
            .containsExactly("renamed to `layers>Dense2`; the alias keeps old documents readable");
    }

    @Test
    void aRemovedAliasIsBreaking() {
        RegistryManifest renamed = Manifests.of(Layers.RenamedDense.class, Dropout.class);
        CompatibilityReport report = RegistryCompatibility.check(renamed, Manifests.of(Dense.class, Dropout.class));
        assertThat(report.breaking()).singleElement().satisfies((change) -> {
            assertThat(change.name()).isEqualTo("layers>Dense2");
            assertThat(change.description()).startsWith("removed:");
        });
    }

    @Test
    void aNameThatNowHoldsAnInstanceIsBreaking() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register(Dropout.class);
        registry.register("layers", "Dense", (Function<Double, Double>) (x) -> x);
        CompatibilityReport report = RegistryCompatibility.check(this.deployed, RegistryManifest.of(registry));
        assertThat(report.breaking()).singleElement().extracting(Change::description).asString()
            .startsWith("kind changed from CLASS to INSTANCE: old documents hold a config to rebuild a class from");
    }

    @Test
    void aMovedTargetClassIsReportedButNotBreaking() {
        CompatibilityReport report = against(Layers.MovedDense.class);
        assertThat(report.isCompatible()).isTrue();
        assertThat(report.changes()).singleElement().extracting(Change::description).asString()
            .startsWith("target changed from " + Dense.class.getName() + " to " + Layers.MovedDense.class.getName());
    }

    @Test
    void aRemovedFieldIsBreaking() {
        assertThat(against(Layers.DenseWithoutShape.class).breaking()).singleElement()
            .extracting(Change::description).asString().startsWith("field `config.shape` removed: old documents carry it");
    }

    @Test
    void aRetypedFieldIsBreaking() {
        assertThat(against(Layers.DenseWithTextUnits.class).breaking()).singleElement()
            .extracting(Change::description).asString()
            .startsWith("field `config.units` changed type from [integer] to [string]");
    }

    @Test
    void aRetypedFieldOfANestedConfigIsBreaking() {
        assertThat(against(Layers.DenseWithRetypedInitializer.class).breaking()).singleElement()
            .extracting(Change::description).asString()
            .startsWith("field `config.initializer.scale` changed type from [number] to [string]");
    }

    @Test
    void aRetypedArrayElementIsBreaking() {
        assertThat(against(Layers.DenseWithTextShape.class).breaking()).singleElement()
            .extracting(Change::description).asString()
            .startsWith("field `config.shape[]` changed type from [integer] to [string]");
    }

    @Test
    void anIntegerFieldThatBecomesANumberStillReadsOldDocuments() {
        assertThat(configChanges(against(Layers.DenseWithDecimalUnits.class))).isEmpty();
    }

    @Test
    void aNewRequiredFieldIsBreaking() {
        assertThat(against(Layers.DenseWithRequiredBias.class).breaking()).singleElement()
            .extracting(Change::description).asString()
            .startsWith("new required field `config.bias`: old documents do not carry it");
    }

    @Test
    void aNewOptionalFieldIsCompatible() {
        CompatibilityReport report = against(Layers.DenseWithOptionalBias.class);
        assertThat(report.isCompatible()).isTrue();
        assertThat(configChanges(report)).singleElement().extracting(Change::description).asString()
            .startsWith("new optional field `config.bias`");
    }

    @Test
    void aRemovedEnumValueIsBreaking() {
        assertThat(against(Layers.DenseWithFewerActivations.class).breaking()).singleElement()
            .extracting(Change::description).asString()
            .startsWith("enum value(s) [SIGMOID] of `config.activation` removed");
    }

    @Test
    void anAddedEnumValueIsCompatible() {
        CompatibilityReport report = against(Layers.DenseWithMoreActivations.class);
        assertThat(report.isCompatible()).isTrue();
        assertThat(configChanges(report)).singleElement().extracting(Change::description).asString()
            .startsWith("enum value(s) [GELU] added to `config.activation`");
    }

    @Test
    void configChangesUnderAHigherVersionAreCoveredByTheMigrationChain() {
        RegistryManifest migrated = Manifests.withVersion(Manifests.of(Layers.DenseWithoutShape.class, Dropout.class),
                "layers>Dense", 2);
        CompatibilityReport report = RegistryCompatibility.check(this.deployed, migrated);
        assertThat(report.isCompatible()).isTrue();
        assertThat(configChanges(report)).singleElement().extracting(Change::description).asString()
            .isEqualTo("field `config.shape` removed, covered by the migrations from version 1 to 2: old documents "
                    + "are migrated before they are read");
    }

    @Test
    void aNameMergedIntoAnotherEntryIsNotCoveredByThatEntrysMigrations() {
        RegistryManifest.Entry dense = this.deployed.entry("layers>Dense");
        RegistryManifest merged = new RegistryManifest(RegistryManifest.FORMAT, List.of(new RegistryManifest.Entry(
                dense.name(), dense.kind(), dense.type(), List.of("layers>Dropout"), 2, dense.configSchema())));
        CompatibilityReport report = RegistryCompatibility.check(this.deployed, merged);
        assertThat(report.isCompatible()).isFalse();
        assertThat(report.changes()).first().extracting(Change::description)
            .isEqualTo("now an alias of `layers>Dense`, which the old deployment also had: its documents are read by "
                    + "that entry's class, as compared here");
        assertThat(report.breaking()).isNotEmpty().allSatisfy((change) -> {
            assertThat(change.name()).isEqualTo("layers>Dropout");
            assertThat(change.description()).contains("The migrations of `layers>Dense` (version 1 → 2) were "
                    + "written for its own old documents, not for those of `layers>Dropout`");
        });
    }

    @Test
    void aLowerVersionIsBreaking() {
        RegistryManifest newer = Manifests.withVersion(this.deployed, "layers>Dense", 3);
        RegistryManifest older = Manifests.withVersion(this.deployed, "layers>Dense", 2);
        assertThat(RegistryCompatibility.check(newer, older).breaking()).singleElement()
            .extracting(Change::description).asString()
            .startsWith("version went down from 3 to 2: documents written at version 3 are refused");
    }

    @Test
    void anAddedNameIsCompatible() {
        CompatibilityReport report = RegistryCompatibility.check(Manifests.of(Dense.class), this.deployed);
        assertThat(report.isCompatible()).isTrue();
        assertThat(report.changes()).containsExactly(new Change("layers>Dropout", false, "added"));
    }

    @Test
    void theAssertionListsEveryBreakingChange() {
        RegistryManifest changed = Manifests.of(Layers.DenseWithFewerActivations.class);
        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> RegistryCompatibility.assertCompatible(this.deployed, changed))
            .withMessageStartingWith("The new registry cannot read everything the old one wrote (2 breaking change(s)):")
            .withMessageContaining("BREAKING    layers>Dense: enum value(s) [SIGMOID] of `config.activation` removed")
            .withMessageContaining("BREAKING    layers>Dropout: removed:");
    }

    @Test
    void theAssertionPassesWhenOnlyCompatibleChangesWereMade() {
        RegistryManifest changed = Manifests.of(Layers.DenseWithMoreActivations.class, Dropout.class);
        assertThatNoException().isThrownBy(() -> RegistryCompatibility.assertCompatible(this.deployed, changed));
    }
}
