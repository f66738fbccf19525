package io.github.objectregistry.manifest;

import java.util.ArrayList;
import java.util.List;

import io.github.objectregistry.Registration;
import io.github.objectregistry.manifest.CompatibilityReport.Change;
import io.github.objectregistry.manifest.RegistryManifest.Entry;

/**
 * Whether a new build reads every document an old deployment wrote, judged from their manifests. Documents
 * carry a name, a config and its version; so, per name the old manifest reads:
 * <ul>
 * <li>the name must still be read: a primary name, or an alias of the entry that replaced it;</li>
 * <li>the kind must stay (a class's config document is not an instance's reference);</li>
 * <li>the version must not go down (the new build would refuse documents "written by a newer deployment");</li>
 * <li>at the same version, the config must still read old documents: no field removed or retyped, no new
 * required field, no enum value removed. A higher version is covered by the migration chain that registration
 * guarantees (1 → … → N), so config changes are then reported as compatible.</li>
 * </ul>
 * A changed target class is reported but is not breaking: documents name the registered name, not the class,
 * and the config comparison says whether the new class reads them.
 *
 * <pre>{@code
 * @Test
 * void newBuildReadsWhatProductionWrote() {
 *     RegistryCompatibility.assertCompatible(RegistryManifest.read(Path.of("src/test/resources/deployed.json")),
 *             RegistryManifest.of(registry));
 * }
 * }</pre>
 */
public final class RegistryCompatibility {

    private RegistryCompatibility() {
    }

    /**
     * Compares two manifests.
     * @param oldManifest the deployed (or last released) registry's manifest
     * @param newManifest the manifest of the build about to replace it
     * @return every change, breaking or not
     */
    public static CompatibilityReport check(RegistryManifest oldManifest, RegistryManifest newManifest) {
        List<Change> changes = new ArrayList<>();
        for (Entry old : oldManifest.names()) {
            compare(old.name(), old, oldManifest, newManifest, changes);
            for (String alias : old.aliases()) {
                if (newManifest.entry(alias) == null) {
                    changes.add(new Change(alias, true, "alias of `" + old.name() + "` removed: documents written "
                            + "under it before the rename can no longer be read. Keep it in the aliases."));
                }
            }
        }
        for (Entry added : newManifest.names()) {
            // A successor that keeps an old name as an alias was reported as the rename.
            if (oldManifest.entry(added.name()) == null
                    && added.aliases().stream().allMatch((alias) -> oldManifest.entry(alias) == null)) {
                changes.add(new Change(added.name(), false, "added"));
            }
        }
        return new CompatibilityReport(changes);
    }

    /**
     * Fails when the new manifest breaks documents the old one wrote; for JUnit (or any test framework).
     * @param oldManifest the deployed registry's manifest
     * @param newManifest the new build's manifest
     * @throws AssertionError listing every breaking change
     */
    public static void assertCompatible(RegistryManifest oldManifest, RegistryManifest newManifest) {
        check(oldManifest, newManifest).assertCompatible();
    }

    private static void compare(String name, Entry old, RegistryManifest oldManifest, RegistryManifest newManifest,
            List<Change> changes) {
        Entry now = newManifest.entry(name);
        if (now == null) {
            changes.add(new Change(name, true, "removed: documents written by the old deployment name it and can no "
                    + "longer be read. Keep the class registered, or list `" + name + "` in the aliases of its "
                    + "successor (@RegisterSerializable(aliases = \"" + name + "\"))."));
            return;
        }
        if (!now.name().equals(name)) {
            changes.add(new Change(name, false, (oldManifest.entry(now.name()) == null)
                    ? "renamed to `" + now.name() + "`; the alias keeps old documents readable"
                    : "now an alias of `" + now.name() + "`, which the old deployment also had: its documents are "
                            + "read by that entry's class, as compared here"));
        }
        if (now.kind() != old.kind()) {
            changes.add(new Change(name, true, "kind changed from " + old.kind() + " to " + now.kind() + ": old "
                    + "documents hold " + (old.kind() == Registration.Kind.CLASS ? "a config to rebuild a class from"
                            : "a reference to an instance") + ", which the new target cannot be read from"));
            return;
        }
        if (!now.type().equals(old.type())) {
            changes.add(new Change(name, false, "target changed from " + old.type() + " to " + now.type()
                    + "; documents carry the name, not the class, so this is safe as far as the config reads"));
        }
        compareVersions(name, old, now, coveredByMigrations(name, now, oldManifest), changes);
    }

    /**
     * Whether the successor's migrations were written for this name's documents: it is the same entry, or a
     * rename to a name the old deployment did not have. When the successor already had documents of its own,
     * its migrations serve those, and the documents of a name merged into it by an alias are not covered.
     */
    private static boolean coveredByMigrations(String name, Entry now, RegistryManifest oldManifest) {
        return now.name().equals(name) || oldManifest.entry(now.name()) == null;
    }

    private static void compareVersions(String name, Entry old, Entry now, boolean migrations,
            List<Change> changes) {
        if (now.version() < old.version()) {
            changes.add(new Change(name, true, "version went down from " + old.version() + " to " + now.version()
                    + ": documents written at version " + old.version() + " are refused as written by a newer "
                    + "deployment. Keep the version and migrate instead."));
            return;
        }
        if (old.configSchema() == null || now.configSchema() == null) {
            return;
        }
        boolean migrated = now.version() > old.version();
        for (ConfigSchemaComparison.Difference difference : ConfigSchemaComparison.compare(old.configSchema(),
                now.configSchema())) {
            if (migrated && migrations) {
                changes.add(new Change(name, false, difference.what() + ", covered by the migrations from version "
                        + old.version() + " to " + now.version() + ": old documents are migrated before they are "
                        + "read"));
            }
            else if (migrated && difference.breaking()) {
                changes.add(new Change(name, true, difference.description() + ". The migrations of `" + now.name()
                        + "` (version " + old.version() + " → " + now.version() + ") were written for its own old "
                        + "documents, not for those of `" + name + "`, which it took over as an alias. Register a "
                        + "class of its own for `" + name + "`, or undo the change."));
            }
            else {
                changes.add(new Change(name, difference.breaking(), difference.description()
                        + (difference.breaking() ? ". Raise the version and register a migration, or undo the change."
                                : "")));
            }
        }
    }
}
