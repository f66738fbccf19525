package io.github.objectregistry.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns one run's results into the table of ratios against the goals, and a plot of deserialization
 * throughput. Every ratio compares two benchmarks of the same run, on the same machine.
 */
public final class BenchmarkReport {

    /** How a goal reads its ratio. */
    public enum Kind {
        /** The subject may take at most {@code limit} times the baseline's time. */
        TIME_AT_MOST,
        /** The subject must reach at least {@code limit} times the baseline's throughput. */
        THROUGHPUT_AT_LEAST
    }

    /**
     * One row of the table.
     * @param what what is measured
     * @param subject the benchmark of the library
     * @param baseline the benchmark it is compared with
     * @param kind how the ratio is read
     * @param limit the goal
     */
    public record Goal(String what, String subject, String baseline, Kind kind, double limit) {

        /** The ratio in the goal's own terms: time over time, or throughput over throughput. */
        public double ratio(Measured subjectResult, Measured baselineResult) {
            return (this.kind == Kind.TIME_AT_MOST) ? subjectResult.score() / baselineResult.score()
                    : baselineResult.score() / subjectResult.score();
        }

        public boolean isMet(double ratio) {
            return (this.kind == Kind.TIME_AT_MOST) ? ratio <= this.limit : ratio >= this.limit;
        }

        String goalText() {
            return ((this.kind == Kind.TIME_AT_MOST) ? "≤ " : "≥ ") + format(this.limit) + "×"
                    + ((this.kind == Kind.TIME_AT_MOST) ? " time" : " throughput");
        }
    }

    /**
     * One benchmark's result: its average time per operation, and its allocation if the GC profiler ran.
     * @param score the score
     * @param error the 99.9% confidence half-width
     * @param unit the score's unit
     * @param bytesPerOperation bytes allocated per operation, or {@code NaN}
     */
    public record Measured(double score, double error, String unit, double bytesPerOperation) {
    }

    public static final List<Goal> GOALS = List.of(
            new Goal("`getRegisteredObject` hit, no scope open (1,000 names)", "LookupBenchmarks.registryLookup",
                    "LookupBenchmarks.hashMapGet", Kind.TIME_AT_MOST, 1.5),
            new Goal("hit with 3 nested scopes open, name in the global entries",
                    "LookupBenchmarks.registryLookupUnderThreeScopes", "LookupBenchmarks.registryLookup",
                    Kind.TIME_AT_MOST, 2),
            new Goal("open and close a 1-entry scope", "ScopeBenchmarks.openAndCloseScope",
                    "ScopeBenchmarks.threadLocalSetAndRemove", Kind.TIME_AT_MOST, 3),
            new Goal("deserialize 100 interface-typed envelopes, `class_name` first, against stock Jackson's "
                    + "envelope route (`EXTERNAL_PROPERTY` on `config`) on the same documents",
                    "JsonBenchmarks.readEnvelopesClassNameFirst", "JsonBenchmarks.readStockEnvelopeClassNameFirst",
                    Kind.THROUGHPUT_AT_LEAST, 1.5),
            new Goal("the same read against stock Jackson's flat documents (`@JsonTypeInfo(NAME)` property)",
                    "JsonBenchmarks.readEnvelopesClassNameFirst", "JsonBenchmarks.readStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, 0.75),
            new Goal("the same, `config` before `class_name`, against the flat documents",
                    "JsonBenchmarks.readEnvelopesConfigFirst", "JsonBenchmarks.readStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, 0.6),
            new Goal("serialize the same list, against the flat documents", "JsonBenchmarks.writeEnvelopes",
                    "JsonBenchmarks.writeStockNameProperty", Kind.THROUGHPUT_AT_LEAST, 0.8),
            new Goal("serialize the same list, against stock Jackson's envelope route", "JsonBenchmarks.writeEnvelopes",
                    "JsonBenchmarks.writeStockEnvelope", Kind.THROUGHPUT_AT_LEAST, 1.5),
            new Goal("the `class_name`-first read inside a scope that overrides one name",
                    "JsonBenchmarks.readEnvelopesInScopeOverridingOneName", "JsonBenchmarks.readEnvelopesClassNameFirst",
                    Kind.THROUGHPUT_AT_LEAST, 0.95),
            new Goal("`captureScopes()` and a task run under the snapshot, against a `ContextSnapshot` carrying "
                    + "only the registry's accessor", "SnapshotBenchmarks.captureAndRunUnderScopeSnapshot",
                    "SnapshotBenchmarks.captureAndRunUnderContextSnapshot", Kind.TIME_AT_MOST, 1.0),
            new Goal("WebFlux request with the starter's per-request scope, against the same handler without it",
                    "WebFluxBenchmarks.requestWithRequestScope", "WebFluxBenchmarks.requestWithoutRequestScope",
                    Kind.THROUGHPUT_AT_LEAST, 0.95),
            new Goal("`@WithCustomObjects` method on a Spring proxy, applied by the auto-configured advisor",
                    "AspectBenchmarks.withCustomObjectsAdvisor", "AspectBenchmarks.noOpAspect", Kind.TIME_AT_MOST, 1.5),
            new Goal("context start with the starter and 1,000 registered classes, read from the index",
                    "StartupBenchmarks.withStarter", "StartupBenchmarks.withoutStarter", Kind.TIME_AT_MOST, 1.05),
            new Goal("the same, scanning (`object-registry.scan.use-index=false`)",
                    "StartupBenchmarks.withStarterScanning", "StartupBenchmarks.withoutStarter", Kind.TIME_AT_MOST,
                    1.15));

    /**
     * Rows that explain rather than judge: how much more the envelope document costs just to tokenize than
     * the flat stock document, before any binding; and what reading an old document through a migration costs.
     */
    public static final List<Goal> DIAGNOSTICS = List.of(
            new Goal("`@WithCustomObjects` through the AspectJ aspect itself (`AspectJProxyFactory`), against the "
                    + "no-op aspect", "AspectBenchmarks.withCustomObjects", "AspectBenchmarks.noOpAspect",
                    Kind.TIME_AT_MOST, Double.NaN),
            new Goal("tokenizing the envelope document against the flat stock document (format cost, no binding)",
                    "JsonBenchmarks.tokenizeEnvelopeDocument", "JsonBenchmarks.tokenizeStockDocument",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("the format's ceiling: `EnvelopeFloor`, a hand-written reader doing the least any envelope reader "
                    + "must (no registry, scopes, checks), `class_name` first, against the flat documents",
                    "JsonBenchmarks.readEnvelopeFloorClassNameFirst", "JsonBenchmarks.readStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("the same ceiling, `config` first (each config buffered), against the flat documents",
                    "JsonBenchmarks.readEnvelopeFloorConfigFirst", "JsonBenchmarks.readStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("our `class_name`-first read against that ceiling on the same documents",
                    "JsonBenchmarks.readEnvelopesClassNameFirst", "JsonBenchmarks.readEnvelopeFloorClassNameFirst",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("our `config`-first read against that ceiling on the same documents",
                    "JsonBenchmarks.readEnvelopesConfigFirst", "JsonBenchmarks.readEnvelopeFloorConfigFirst",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("the format's ceiling for writing: `EnvelopeWriteFloor`, a hand-written writer (every name "
                    + "pre-encoded, no registry), against the flat documents",
                    "JsonBenchmarks.writeEnvelopeFloor", "JsonBenchmarks.writeStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("the same ceiling against stock Jackson's envelope route", "JsonBenchmarks.writeEnvelopeFloor",
                    "JsonBenchmarks.writeStockEnvelope", Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("our write against that ceiling", "JsonBenchmarks.writeEnvelopes",
                    "JsonBenchmarks.writeEnvelopeFloor", Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("reading the `config`-first envelopes against stock Jackson's envelope route on the same documents",
                    "JsonBenchmarks.readEnvelopesConfigFirst", "JsonBenchmarks.readStockEnvelopeConfigFirst",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("reading envelopes written without `module` (`writeModule(false)`) against the flat documents",
                    "JsonBenchmarks.readEnvelopesWithoutModule", "JsonBenchmarks.readStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("writing envelopes without `module` against the flat documents",
                    "JsonBenchmarks.writeEnvelopesWithoutModule", "JsonBenchmarks.writeStockNameProperty",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN),
            new Goal("reading 100 version-1 envelopes through one migration against the same at the current version",
                    "MigrationBenchmarks.readVersionOneThroughOneMigration", "MigrationBenchmarks.readCurrentVersion",
                    Kind.THROUGHPUT_AT_LEAST, Double.NaN));

    /** The deserialization variants of the plot, in order. */
    static final Map<String, String> PLOTTED = new LinkedHashMap<>();

    static {
        PLOTTED.put("JsonBenchmarks.readStockNameProperty", "stock @JsonTypeInfo NAME/PROPERTY (baseline)");
        PLOTTED.put("JsonBenchmarks.readStockEnvelopeClassNameFirst", "stock EXTERNAL_PROPERTY envelope (baseline)");
        PLOTTED.put("JsonBenchmarks.readEnvelopeFloorClassNameFirst", "format ceiling, class_name first (diagnostic)");
        PLOTTED.put("JsonBenchmarks.readEnvelopesClassNameFirst", "envelopes, class_name first");
        PLOTTED.put("JsonBenchmarks.readEnvelopesConfigFirst", "envelopes, config first");
        PLOTTED.put("JsonBenchmarks.readEnvelopesInScopeOverridingOneName", "envelopes, inside a scope");
    }

    private BenchmarkReport() {
    }

    /** Results by short name ({@code Class.method}). */
    public static Map<String, Measured> measurements(Collection<RunResult> results) {
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            Result<?> primary = result.getPrimaryResult();
            double bytes = result.getSecondaryResults().entrySet().stream()
                .filter((entry) -> entry.getKey().endsWith("gc.alloc.rate.norm"))
                .mapToDouble((entry) -> entry.getValue().getScore())
                .findFirst()
                .orElse(Double.NaN);
            measured.put(shortName, new Measured(primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), bytes));
        }
        return measured;
    }

    /** The table of every goal: both scores, the ratio, and whether the goal is met; then the diagnostics. */
    public static String markdown(Map<String, Measured> measured) {
        StringBuilder table = new StringBuilder();
        table.append("| measurement | library | baseline | ratio | goal | met |\n");
        table.append("|---|---|---|---|---|---|\n");
        appendRows(table, GOALS, measured);
        table.append("\nDiagnostics (no goal):\n\n| measurement | subject | baseline | ratio | | |\n|---|---|---|---|---|---|\n");
        appendRows(table, DIAGNOSTICS, measured);
        return table.toString();
    }

    private static void appendRows(StringBuilder table, List<Goal> goals, Map<String, Measured> measured) {
        for (Goal goal : goals) {
            Measured subject = measured.get(goal.subject());
            Measured baseline = measured.get(goal.baseline());
            if (subject == null || baseline == null) {
                table.append("| ").append(goal.what()).append(" | not run | not run | | ").append(goal.goalText())
                    .append(" | |\n");
                continue;
            }
            double ratio = goal.ratio(subject, baseline);
            table.append("| ").append(goal.what())
                .append(" | ").append(cell(goal.subject(), subject))
                .append(" | ").append(cell(goal.baseline(), baseline))
                .append(" | ").append(format(ratio)).append("×")
                .append(" | ").append(Double.isNaN(goal.limit())
                        ? ((goal.kind() == Kind.TIME_AT_MOST) ? "time ratio" : "throughput ratio") : goal.goalText())
                .append(" | ").append(Double.isNaN(goal.limit()) ? "" : (goal.isMet(ratio) ? "yes" : "**no**"))
                .append(" |\n");
        }
    }

    private static String cell(String name, Measured result) {
        String allocation = Double.isNaN(result.bytesPerOperation()) ? ""
                : String.format(Locale.ROOT, ", %,.0f B/op", result.bytesPerOperation());
        return String.format(Locale.ROOT, "`%s` %s ± %s %s%s", name.substring(name.indexOf('.') + 1),
                format(result.score()), format(result.error()), result.unit(), allocation);
    }

    /** A horizontal bar chart of the deserialization variants' throughput, in reads of 100 objects per second. */
    public static String svg(Map<String, Measured> measured) {
        int width = 760;
        int barHeight = 34;
        int left = 340;
        List<Map.Entry<String, String>> rows = PLOTTED.entrySet().stream()
            .filter((entry) -> measured.containsKey(entry.getKey()))
            .toList();
        double max = rows.stream().mapToDouble((row) -> throughput(measured.get(row.getKey()))).max().orElse(1);
        int height = 70 + rows.size() * (barHeight + 12);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"13\">%n", width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append("<text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Reading a list of 100 "
                + "interface-typed objects (higher is better)</text>\n");
        for (int i = 0; i < rows.size(); i++) {
            Map.Entry<String, String> row = rows.get(i);
            double value = throughput(measured.get(row.getKey()));
            int y = 44 + i * (barHeight + 12);
            int bar = (int) Math.round((width - left - 110) * value / max);
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 22, row.getValue()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                    left, y, bar, barHeight, row.getValue().endsWith("(baseline)") ? "#9e9e9e"
                            : row.getValue().endsWith("(diagnostic)") ? "#c9a227" : "#3f7fbf"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%,.0f lists/s</text>%n", left + bar + 6,
                    y + 22, value));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Operations per second from an average time per operation. */
    static double throughput(Measured result) {
        double seconds = switch (result.unit()) {
            case "ns/op" -> 1e-9;
            case "us/op" -> 1e-6;
            case "ms/op" -> 1e-3;
            default -> 1;
        };
        return 1 / (result.score() * seconds);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return (Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
