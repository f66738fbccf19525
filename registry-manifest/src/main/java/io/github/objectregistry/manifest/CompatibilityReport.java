package io.github.objectregistry.manifest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What changed between two manifests, per name, and whether the new build still reads every document the old
 * deployment wrote.
 *
 * @param changes every change found, breaking or not, in name order
 */
public record CompatibilityReport(List<Change> changes) {

    /**
     * Copies the changes.
     * @param changes the changes
     */
    public CompatibilityReport {
        changes = List.copyOf(changes);
    }

    /** Whether no change breaks old documents. */
    public boolean isCompatible() {
        return breaking().isEmpty();
    }

    /** The changes that break old documents. */
    public List<Change> breaking() {
        return this.changes.stream().filter(Change::breaking).toList();
    }

    /**
     * Fails with an {@link AssertionError} listing every breaking change, for a JUnit test that keeps a build
     * from breaking what the deployed one wrote.
     * @throws AssertionError when a change breaks old documents
     */
    public void assertCompatible() {
        if (!isCompatible()) {
            throw new AssertionError("The new registry cannot read everything the old one wrote ("
                    + breaking().size() + " breaking change(s)):\n" + format(breaking()));
        }
    }

    /** The report, one change a line, breaking changes marked; what the command prints. */
    public String format() {
        String verdict = isCompatible() ? "COMPATIBLE: the new registry reads every document the old one wrote."
                : "BREAKING: " + breaking().size() + " change(s) break documents the old registry wrote.";
        return (this.changes.isEmpty() ? "" : format(this.changes) + "\n") + verdict;
    }

    private static String format(List<Change> changes) {
        return changes.stream().map(Change::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * One change of one name.
     * @param name the registered name, as old documents carry it
     * @param breaking whether documents written by the old deployment may no longer be read
     * @param description what changed and why it matters, in a reviewer's words
     */
    public record Change(String name, boolean breaking, String description) {

        @Override
        public String toString() {
            return (this.breaking ? "BREAKING    " : "compatible  ") + this.name + ": " + this.description;
        }
    }
}
