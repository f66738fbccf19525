package io.github.objectregistry.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.ObjectRegistryModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing a list of 100 interface-typed objects: our envelopes (with {@code class_name} first,
 * with {@code config} first, and inside a scope that overrides one name) against two stock Jackson baselines
 * on the same objects: the route a user of stock Jackson would take for the very same envelope documents
 * ({@link Shapes.StockEnvelope}, {@code @JsonTypeInfo(use = NAME, include = EXTERNAL_PROPERTY)} on
 * {@code config}), and flat documents ({@code @JsonTypeInfo(use = NAME, include = PROPERTY)}), which carry
 * fewer tokens.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmarks {

    private final ObjectRegistry registry = Shapes.registry();

    private final ObjectRegistry scopedRegistry = Shapes.registry();

    private final List<Shapes.Shape> shapes = Shapes.hundred();

    private final List<Shapes.StockShape> stockShapes = Shapes.hundredStock();

    private final List<Shapes.StockEnvelope> stockEnvelopes = Shapes.hundredStockEnvelopes(this.registry);

    private ObjectReader stockEnvelopeReader;

    private ObjectWriter stockEnvelopeWriter;

    private ObjectReader envelopeReader;

    private ObjectReader scopedEnvelopeReader;

    private ObjectWriter envelopeWriter;

    private ObjectWriter envelopeWriterWithoutModule;

    private String envelopesWithoutModule;

    private ObjectReader stockReader;

    private JsonMapper tokenizer;

    private ObjectWriter stockWriter;

    private String envelopes;

    private String envelopesConfigFirst;

    private String stock;

    private CustomObjectScope scope;

    private ObjectReader floorReader;

    private ObjectWriter floorWriter;

    @Setup(Level.Trial)
    public void prepare() {
        JsonMapper envelopeMapper = Shapes.envelopeMapper(this.registry);
        JsonMapper stockMapper = Shapes.stockMapper();
        this.envelopeReader = envelopeMapper.readerFor(Shapes.SHAPES);
        this.envelopeWriter = envelopeMapper.writerFor(Shapes.SHAPES);
        this.scopedEnvelopeReader = Shapes.envelopeMapper(this.scopedRegistry).readerFor(Shapes.SHAPES);
        this.stockReader = stockMapper.readerFor(Shapes.STOCK_SHAPES);
        this.tokenizer = stockMapper;
        JsonMapper stockEnvelopeMapper = Shapes.stockEnvelopeMapper();
        this.stockEnvelopeReader = stockEnvelopeMapper.readerFor(Shapes.STOCK_ENVELOPES);
        this.stockEnvelopeWriter = stockEnvelopeMapper.writerFor(Shapes.STOCK_ENVELOPES);
        this.stockWriter = stockMapper.writerFor(Shapes.STOCK_SHAPES);
        this.envelopes = this.envelopeWriter.writeValueAsString(this.shapes);
        this.envelopesConfigFirst = Shapes.configFirst(envelopeMapper, this.envelopes);
        this.envelopeWriterWithoutModule = JsonMapper.builder()
            .addModule(ObjectRegistryModule.builder(this.registry).writeModule(false).build())
            .build()
            .writerFor(Shapes.SHAPES);
        this.envelopesWithoutModule = this.envelopeWriterWithoutModule.writeValueAsString(this.shapes);
        this.stock = this.stockWriter.writeValueAsString(this.stockShapes);
        this.floorReader = EnvelopeFloor.mapper().readerFor(Shapes.SHAPES);
        this.floorWriter = EnvelopeWriteFloor.mapper().writerFor(Shapes.SHAPES);
        // Opened on the benchmark thread (Scope.Thread), where the reads happen.
        this.scope = this.scopedRegistry.customObjectScope(Map.of("bench>Circle", Shapes.CircleV2.class));
    }

    @TearDown(Level.Trial)
    public void closeScope() {
        this.scope.close();
    }

    @Benchmark
    public Object readStockNameProperty() {
        return this.stockReader.readValue(this.stock);
    }

    /** Stock Jackson reading our {@code class_name}-first envelope documents through {@link Shapes.StockEnvelope}. */
    @Benchmark
    public Object readStockEnvelopeClassNameFirst() {
        return this.stockEnvelopeReader.readValue(this.envelopes);
    }

    /** The same, on the {@code config}-first documents. */
    @Benchmark
    public Object readStockEnvelopeConfigFirst() {
        return this.stockEnvelopeReader.readValue(this.envelopesConfigFirst);
    }

    /** Diagnostic: only tokenizing the stock document, no binding. */
    @Benchmark
    public int tokenizeStockDocument() {
        return countTokens(this.stock);
    }

    /** Diagnostic: only tokenizing the envelope document, no binding: what its format costs by itself. */
    @Benchmark
    public int tokenizeEnvelopeDocument() {
        return countTokens(this.envelopes);
    }

    private int countTokens(String json) {
        try (JsonParser parser = this.tokenizer.createParser(json)) {
            int tokens = 0;
            while (parser.nextToken() != null) {
                tokens++;
            }
            return tokens;
        }
    }

    /**
     * Diagnostic: the same documents read by {@link EnvelopeFloor}, the least work the format allows with
     * Jackson's binding: the ceiling for any envelope reader.
     */
    @Benchmark
    public Object readEnvelopeFloorClassNameFirst() {
        return this.floorReader.readValue(this.envelopes);
    }

    /** Diagnostic: {@link EnvelopeFloor} on the {@code config}-first documents, buffering each config. */
    @Benchmark
    public Object readEnvelopeFloorConfigFirst() {
        return this.floorReader.readValue(this.envelopesConfigFirst);
    }

    @Benchmark
    public Object readEnvelopesClassNameFirst() {
        return this.envelopeReader.readValue(this.envelopes);
    }

    /** Diagnostic: the same read of envelopes written without {@code module}, which the read never needs. */
    @Benchmark
    public Object readEnvelopesWithoutModule() {
        return this.envelopeReader.readValue(this.envelopesWithoutModule);
    }

    @Benchmark
    public Object readEnvelopesConfigFirst() {
        return this.envelopeReader.readValue(this.envelopesConfigFirst);
    }

    @Benchmark
    public Object readEnvelopesInScopeOverridingOneName() {
        return this.scopedEnvelopeReader.readValue(this.envelopes);
    }

    @Benchmark
    public String writeStockNameProperty() {
        return this.stockWriter.writeValueAsString(this.stockShapes);
    }

    /** Stock Jackson writing the envelopes' values, names and module through {@link Shapes.StockEnvelope}. */
    @Benchmark
    public String writeStockEnvelope() {
        return this.stockEnvelopeWriter.writeValueAsString(this.stockEnvelopes);
    }

    @Benchmark
    public String writeEnvelopes() {
        return this.envelopeWriter.writeValueAsString(this.shapes);
    }

    /**
     * Diagnostic: the same envelopes written by {@link EnvelopeWriteFloor}, the least work the format allows with
     * Jackson's serializers: the ceiling for any envelope writer.
     */
    @Benchmark
    public String writeEnvelopeFloor() {
        return this.floorWriter.writeValueAsString(this.shapes);
    }

    /** Diagnostic: writing the envelopes without {@code module} ({@code writeModule(false)}). */
    @Benchmark
    public String writeEnvelopesWithoutModule() {
        return this.envelopeWriterWithoutModule.writeValueAsString(this.shapes);
    }
}
