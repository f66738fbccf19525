package io.github.objectregistry.autoconfigure;

/**
 * Thrown at start-up when an {@code object-registry.index} lists a class that is gone or that no longer carries
 * {@code @RegisterSerializable}: the index was written by an earlier build of the jar or classes directory that
 * holds it. Boot reports it through {@link StaleIndexFailureAnalyzer}.
 */
public class StaleIndexException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String index;

    private final String className;

    private final String problem;

    StaleIndexException(String index, String className, String what, Throwable cause) {
        super(problem(index, className, what) + " " + fix(index), cause);
        this.index = index;
        this.className = className;
        this.problem = problem(index, className, what);
    }

    /** The location of the stale index, such as {@code jar:file:/app/lib/shapes.jar!/object-registry.index}. */
    public String getIndex() {
        return this.index;
    }

    /** The class it lists. */
    public String getClassName() {
        return this.className;
    }

    /** What is wrong, without the fix. */
    public String getProblem() {
        return this.problem;
    }

    /** How to fix it. */
    public String getFix() {
        return fix(this.index);
    }

    private static String problem(String index, String className, String what) {
        return index + " lists " + className + ", " + what + ": the index is stale.";
    }

    private static String fix(String index) {
        return "Rebuild the jar or classes directory that holds " + index + " (a clean build, with registry-processor"
                + " on the annotation processor path), or set object-registry.scan.use-index=false to scan instead.";
    }
}
