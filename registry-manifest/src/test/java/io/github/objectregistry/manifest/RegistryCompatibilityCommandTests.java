package io.github.objectregistry.manifest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.objectregistry.manifest.Layers.Dense;
import io.github.objectregistry.manifest.Layers.Dropout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command a build runs on two manifest files. */
class RegistryCompatibilityCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RegistryCompatibilityCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
                new PrintStream(this.err, true, StandardCharsets.UTF_8));
    }

    private static String file(Path directory, String name, RegistryManifest manifest) {
        Path file = directory.resolve(name);
        manifest.write(file);
        return file.toString();
    }

    @Test
    void exitsZeroAndSaysSoWhenCompatible(@TempDir Path directory) {
        String old = file(directory, "old.json", Manifests.of(Dense.class));
        String now = file(directory, "new.json", Manifests.of(Dense.class, Dropout.class));
        assertThat(run(old, now)).isZero();
        assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("compatible  layers>Dropout: added")
            .contains("COMPATIBLE: the new registry reads every document the old one wrote.");
    }

    @Test
    void exitsOneAndListsTheBreaksOnABreakingChange(@TempDir Path directory) {
        String old = file(directory, "old.json", Manifests.of(Dense.class, Dropout.class));
        String now = file(directory, "new.json", Manifests.of(Layers.DenseWithTextUnits.class));
        assertThat(run(old, now)).isEqualTo(RegistryCompatibilityCommand.BREAKING);
        assertThat(this.out.toString(StandardCharsets.UTF_8))
            .contains("BREAKING    layers>Dense: field `config.units` changed type from [integer] to [string]")
            .contains("BREAKING    layers>Dropout: removed:")
            .contains("BREAKING: 2 change(s) break documents the old registry wrote.");
    }

    @Test
    void exitsTwoWithUsageWhenArgumentsAreMissing() {
        assertThat(run("only-one.json")).isEqualTo(RegistryCompatibilityCommand.USAGE);
        assertThat(this.err.toString(StandardCharsets.UTF_8))
            .startsWith("Usage: RegistryCompatibilityCommand <old-manifest.json> <new-manifest.json>");
    }

    @Test
    void exitsTwoNamingAFileThatCannotBeRead(@TempDir Path directory) {
        String now = file(directory, "new.json", Manifests.of(Dense.class));
        assertThat(run(directory.resolve("missing.json").toString(), now)).isEqualTo(RegistryCompatibilityCommand.USAGE);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Cannot read the manifest")
            .contains("missing.json: there is no such file");
    }

    @Test
    void exitsTwoSayingAJsonFileIsNotAManifest(@TempDir Path directory) throws Exception {
        Path other = Files.writeString(directory.resolve("package.json"), "{\"name\": \"not a manifest\"}");
        String now = file(directory, "new.json", Manifests.of(Dense.class));
        assertThat(run(other.toString(), now)).isEqualTo(RegistryCompatibilityCommand.USAGE);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("package.json: Not a registry manifest: a "
                + "manifest is a JSON object with \"format\" and \"names\"");
    }
}
