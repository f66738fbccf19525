package io.github.objectregistry.manifest;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The compatibility check as a command for a build or CI step:
 * {@code java -cp <classpath> io.github.objectregistry.manifest.RegistryCompatibilityCommand old.json new.json}.
 * Prints the report and exits 0 when the new manifest reads everything the old one wrote, 1 on a breaking
 * change, 2 when the arguments or files are wrong.
 */
public final class RegistryCompatibilityCommand {

    /** The exit status when a change breaks old documents. */
    public static final int BREAKING = 1;

    /** The exit status when the command cannot run: wrong arguments or unreadable files. */
    public static final int USAGE = 2;

    private RegistryCompatibilityCommand() {
    }

    /**
     * Runs the check and exits with its status.
     * @param args the old manifest's path, then the new one's
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the check.
     * @param args the old manifest's path, then the new one's
     * @param out where the report goes
     * @param err where usage errors go
     * @return 0 if compatible, {@link #BREAKING} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: RegistryCompatibilityCommand <old-manifest.json> <new-manifest.json>");
            err.println("Compares the manifest of the deployed registry with the new build's; exits 1 on a break.");
            return USAGE;
        }
        CompatibilityReport report;
        try {
            report = RegistryCompatibility.check(RegistryManifest.read(Path.of(args[0])),
                    RegistryManifest.read(Path.of(args[1])));
        }
        catch (RuntimeException ex) {
            err.println(ex.getMessage());
            return USAGE;
        }
        out.println("Registry compatibility: " + args[0] + " -> " + args[1]);
        out.println(report.format());
        return report.isCompatible() ? 0 : BREAKING;
    }
}
