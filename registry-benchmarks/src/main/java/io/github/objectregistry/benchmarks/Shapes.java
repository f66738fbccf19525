package io.github.objectregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.json.ObjectRegistryModule;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects the JSON benchmarks read and write: small records registered in an {@link ObjectRegistry}
 * (for the envelope), and twins with the same fields as stock Jackson subtypes of {@link StockShape} (for
 * the baseline), so both sides handle the same values. The twins are separate classes because a class under
 * {@code @JsonTypeInfo} carries that type handling into every read of it.
 */
public final class Shapes {

    /** The base type our module reads envelopes for. */
    public interface Shape {
    }

    /** The same values under stock Jackson polymorphism: {@code NAME} ids in a {@code class_name} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "class_name")
    public interface StockShape {
    }

    @RegisterSerializable("bench")
    public record Circle(double x, double y, double radius, String color) implements Shape {
    }

    @RegisterSerializable("bench")
    public record Rect(double x, double y, double width, double height) implements Shape {
    }

    @RegisterSerializable("bench")
    public record Label(String text, int size, boolean bold, double angle) implements Shape {
    }

    public record StockCircle(double x, double y, double radius, String color) implements StockShape {
    }

    public record StockRect(double x, double y, double width, double height) implements StockShape {
    }

    public record StockLabel(String text, int size, boolean bold, double angle) implements StockShape {
    }

    /**
     * Stock Jackson's only way to read the envelope's shape: a POJO whose {@code config} property takes its
     * type from the sibling {@code class_name} ({@code EXTERNAL_PROPERTY}), with the shapes registered as named
     * subtypes. It reads the very documents our module writes; {@code registered_name} and {@code module} are
     * plain strings to it.
     */
    @JsonPropertyOrder({ "registered_name", "module", "config" })
    public static final class StockEnvelope {

        @JsonProperty("registered_name")
        public String registeredName;

        public String module;

        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
                property = "class_name")
        public Shape config;
    }

    /** What {@code bench>Circle} means inside the scoped-read benchmark's scope. */
    public record CircleV2(double x, double y, double radius, String color) implements Shape {
    }

    public static final TypeReference<List<Shape>> SHAPES = new TypeReference<>() {
    };

    public static final TypeReference<List<StockEnvelope>> STOCK_ENVELOPES = new TypeReference<>() {
    };

    public static final TypeReference<List<StockShape>> STOCK_SHAPES = new TypeReference<>() {
    };

    private Shapes() {
    }

    /** A registry holding the three shapes. */
    public static ObjectRegistry registry() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register(Circle.class);
        registry.register(Rect.class);
        registry.register(Label.class);
        return registry;
    }

    /** A mapper like Spring Boot's, with the envelope module added. */
    public static JsonMapper envelopeMapper(ObjectRegistry registry) {
        return JsonMapper.builder().addModule(new ObjectRegistryModule(registry)).build();
    }

    /** A stock mapper with the three shapes as named subtypes of {@link StockShape}. */
    public static JsonMapper stockMapper() {
        return JsonMapper.builder()
            .registerSubtypes(new NamedType(StockCircle.class, "Circle"), new NamedType(StockRect.class, "Rect"),
                    new NamedType(StockLabel.class, "Label"))
            .build();
    }

    /** A stock mapper that knows the three shapes by their {@code class_name}, for {@link StockEnvelope}. */
    public static JsonMapper stockEnvelopeMapper() {
        return JsonMapper.builder()
            .registerSubtypes(new NamedType(Circle.class, "Circle"), new NamedType(Rect.class, "Rect"),
                    new NamedType(Label.class, "Label"))
            .build();
    }

    /** The hundred shapes wrapped as {@link StockEnvelope}s, with the names and module our module writes. */
    public static List<StockEnvelope> hundredStockEnvelopes(ObjectRegistry registry) {
        return hundred().stream().map((shape) -> {
            StockEnvelope envelope = new StockEnvelope();
            envelope.registeredName = registry.getRegisteredName(shape.getClass());
            envelope.module = shape.getClass().getPackageName();
            envelope.config = shape;
            return envelope;
        }).toList();
    }

    /** One hundred registered shapes, the three kinds in turn. */
    public static List<Shape> hundred() {
        List<Shape> shapes = new ArrayList<>(100);
        for (int i = 0; i < 100; i++) {
            shapes.add(switch (i % 3) {
                case 0 -> new Circle(i, i * 0.5, 1 + i % 7, "c" + i);
                case 1 -> new Rect(i, -i, 2 + i % 5, 3 + i % 11);
                default -> new Label("label " + i, 10 + i % 9, i % 2 == 0, i * 0.25);
            });
        }
        return shapes;
    }

    /** The same hundred values as their stock twins. */
    public static List<StockShape> hundredStock() {
        return hundred().stream().<StockShape>map((shape) -> {
            if (shape instanceof Circle c) {
                return new StockCircle(c.x(), c.y(), c.radius(), c.color());
            }
            if (shape instanceof Rect r) {
                return new StockRect(r.x(), r.y(), r.width(), r.height());
            }
            Label l = (Label) shape;
            return new StockLabel(l.text(), l.size(), l.bold(), l.angle());
        }).toList();
    }

    /** Rewrites every envelope of a JSON array with {@code config} first, which forces the reader to buffer it. */
    public static String configFirst(JsonMapper mapper, String envelopes) {
        JsonNode array = mapper.readTree(envelopes);
        List<ObjectNode> reordered = new ArrayList<>();
        for (JsonNode envelope : array) {
            ObjectNode node = mapper.createObjectNode();
            node.set("config", envelope.get("config"));
            envelope.properties().stream().filter((field) -> !field.getKey().equals("config"))
                .forEach((field) -> node.set(field.getKey(), field.getValue()));
            reordered.add(node);
        }
        return mapper.writeValueAsString(reordered);
    }
}
