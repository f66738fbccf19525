package io.github.objectregistry.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.RegistrySerializerObserver.Operation;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes registered objects as Keras 3 JSON envelopes, the Java counterpart of Keras's
 * {@code serialize_keras_object} and {@code deserialize_keras_object}.
 *
 * <pre>{@code
 * RegistrySerializer serializer = new RegistrySerializer(registry);
 * String json = serializer.toJson(new MyDense(64));
 * // {"class_name":"MyDense","registered_name":"my_package>MyDense","module":"com.acme","config":{"units":64}}
 * Layer layer = serializer.fromJson(json, Layer.class);
 * Layer other = serializer.fromJson(json, Layer.class, Map.of("my_package>MyDense", DenseV2.class));
 * }</pre>
 *
 * <p>Its mapper is strict: unknown properties, duplicate keys and trailing tokens are errors, an envelope is
 * required even where the declared type is a registered class, and every read is bounded by
 * {@link ReadLimits} (a document over a limit raises {@link ReadLimitException}). Writing has no such limits. A name is resolved only through the registry, its open scopes and the
 * custom objects passed to the read, in that order; nothing is ever loaded by class name. A failed read
 * leaves nothing behind, so the same serializer keeps working.
 *
 * <p>Writing is as strict as reading: an unregistered implementation of a base type that has registered
 * implementations cannot be written, since it could not be read back (an
 * {@link tools.jackson.databind.exc.InvalidDefinitionException} names the class, the base type and the fix).
 *
 * <p>When one instance of a registered class occurs twice anywhere in a written value, both envelopes carry
 * the same {@code shared_object_id}, and reading them back yields one instance again.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegistrySerializer {

    private final JsonMapper mapper;

    private final ReadLimits limits;

    private final RefusedReads refusals;

    private final RegistrySerializerObserver observer;

    /**
     * Creates a serializer with the {@linkplain ReadLimits#DEFAULTS default limits}.
     * @param registry the registry that resolves names
     */
    public RegistrySerializer(ObjectRegistry registry) {
        this(registry, ReadLimits.DEFAULTS);
    }

    /**
     * Creates a serializer.
     * @param registry the registry that resolves names
     * @param limits the limits every read enforces
     */
    public RegistrySerializer(ObjectRegistry registry, ReadLimits limits) {
        this(builder(registry).limits(limits));
    }

    private RegistrySerializer(Builder builder) {
        this.limits = builder.limits;
        this.refusals = new RefusedReads(builder.module.refusedReadListeners());
        this.observer = builder.observer;
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(limits.toStreamReadConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        this.mapper = JsonMapper.builder(factory)
            .addModule(builder.module.allBaseTypes().build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    }

    /** The strict mapper behind this serializer, for reads and writes this class has no method for. */
    public JsonMapper getMapper() {
        return this.mapper;
    }

    /** The limits every read enforces. */
    public ReadLimits getLimits() {
        return this.limits;
    }

    /**
     * Writes a value as a JSON tree; registered objects, at any depth, become envelopes.
     * @param value the value
     * @return the JSON tree
     */
    public JsonNode serialize(Object value) {
        return write(value, () -> this.mapper.writer().valueToTree(new SharedObjectWrites.Document(value)));
    }

    /**
     * Writes a value as JSON text; registered objects, at any depth, become envelopes.
     * @param value the value
     * @return the JSON text
     */
    public String toJson(Object value) {
        return write(value, () -> this.mapper.writeValueAsString(new SharedObjectWrites.Document(value)));
    }

    /**
     * Reads JSON text as the given type.
     * @param <T> the type
     * @param json the JSON text
     * @param type the declared type, typically an interface implemented by registered classes
     * @return the value
     * @throws tools.jackson.core.JacksonException if the input is malformed, exceeds a limit, or names
     * something unknown or of the wrong type; the registry's own refusals are {@link EnvelopeError}s, such as
     * {@link UnknownNameException} for unknown names and {@link ReadLimitException} for limits
     */
    public <T> T fromJson(String json, Class<T> type) {
        return fromJson(json, type, null);
    }

    /**
     * Reads JSON text as the given type, with extra custom objects for this read only.
     * @param <T> the type
     * @param json the JSON text
     * @param type the declared type
     * @param customObjects names to resolve when neither a scope nor the registry has them; may be {@code null}
     * @return the value
     */
    public <T> T fromJson(String json, Class<T> type, Map<String, ?> customObjects) {
        return read(type, () -> reader(customObjects).forType(type).readValue(json));
    }

    /**
     * Reads JSON bytes (UTF-8, UTF-16 or UTF-32, detected) as the given type, with extra custom objects for
     * this read only; invalid byte sequences are an error, never silently replaced.
     * @param <T> the type
     * @param json the JSON bytes
     * @param type the declared type
     * @param customObjects names to resolve when neither a scope nor the registry has them; may be {@code null}
     * @return the value
     */
    public <T> T fromJson(byte[] json, Class<T> type, Map<String, ?> customObjects) {
        return read(type, () -> reader(customObjects).forType(type).readValue(json));
    }

    /**
     * Reads JSON text as a generic type, such as {@code List<Layer>}.
     * @param <T> the type
     * @param json the JSON text
     * @param type the declared type
     * @return the value
     */
    public <T> T fromJson(String json, TypeReference<T> type) {
        return fromJson(json, type, null);
    }

    /**
     * Reads JSON text as a generic type, with extra custom objects for this read only.
     * @param <T> the type
     * @param json the JSON text
     * @param type the declared type
     * @param customObjects names to resolve when neither a scope nor the registry has them; may be {@code null}
     * @return the value
     */
    public <T> T fromJson(String json, TypeReference<T> type, Map<String, ?> customObjects) {
        JavaType javaType = this.mapper.constructType(type);
        return read(javaType.getRawClass(), () -> reader(customObjects).forType(javaType).readValue(json));
    }

    /**
     * Reads a JSON tree as the given type.
     * @param <T> the type
     * @param json the JSON tree; its depth is checked against the limits
     * @param type the declared type
     * @return the value
     */
    public <T> T deserialize(JsonNode json, Class<T> type) {
        return deserialize(json, type, null);
    }

    /**
     * Reads a JSON tree as the given type, with extra custom objects for this read only.
     * @param <T> the type
     * @param json the JSON tree; its depth is checked against the limits
     * @param type the declared type
     * @param customObjects names to resolve when neither a scope nor the registry has them; may be {@code null}
     * @return the value
     */
    public <T> T deserialize(JsonNode json, Class<T> type, Map<String, ?> customObjects) {
        return read(type, () -> {
            checkDepth(json);
            return reader(customObjects).forType(type).readValue(json);
        });
    }

    /**
     * One observed read. The parser's limit errors are ours: they carry {@link EnvelopeError.Reason#LIMIT}, name
     * the fix, and are reported as refused reads (the envelope readers report the other refusals themselves).
     */
    private <T> T read(Class<?> type, Supplier<T> read) {
        return this.observer.observe(Operation.READ, type, () -> {
            try {
                return read.get();
            }
            catch (StreamConstraintsException ex) {
                ReadLimitException refusal = (ex instanceof ReadLimitException limit) ? limit
                        : EnvelopeErrors.readLimit(ex);
                this.refusals.report(refusal, type);
                throw refusal;
            }
        });
    }

    private <T> T write(Object value, Supplier<T> write) {
        return this.observer.observe(Operation.WRITE, (value != null) ? value.getClass() : Void.class, write);
    }

    private ObjectReader reader(Map<String, ?> customObjects) {
        ObjectReader reader = this.mapper.reader();
        return (customObjects != null) ? reader.withAttribute(ObjectRegistryModule.CUSTOM_OBJECTS_ATTRIBUTE, customObjects)
                : reader;
    }

    /** A tree built elsewhere never went through our parser's limits; walk it without recursion. */
    private void checkDepth(JsonNode root) {
        Deque<Map.Entry<JsonNode, Integer>> pending = new ArrayDeque<>();
        pending.push(Map.entry(root, 0));
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.pop();
            JsonNode node = next.getKey();
            if (!node.isContainer()) {
                continue;
            }
            int depth = next.getValue() + 1;
            if (depth > this.limits.maxNestingDepth()) {
                throw EnvelopeErrors.treeTooDeep(this.limits.maxNestingDepth());
            }
            node.values().forEach((child) -> pending.push(Map.entry(child, depth)));
        }
    }

    /**
     * Starts a serializer with options: limits, a listener of refused reads, an observer of reads and writes.
     * @param registry the registry that resolves names
     * @return a builder
     */
    public static Builder builder(ObjectRegistry registry) {
        return new Builder(registry);
    }

    /** Options of a {@link RegistrySerializer}. */
    public static final class Builder {

        private final ObjectRegistryModule.Builder module;

        private ReadLimits limits = ReadLimits.DEFAULTS;

        private RegistrySerializerObserver observer = RegistrySerializerObserver.NONE;

        private Builder(ObjectRegistry registry) {
            this.module = ObjectRegistryModule.builder(Objects.requireNonNull(registry, "registry"));
        }

        /**
         * The limits every read enforces; {@link ReadLimits#DEFAULTS} unless set.
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a listener told once per read that the registry refuses, limits included.
         * @param listener the listener
         * @return this builder
         */
        public Builder refusedReadListener(RefusedReadListener listener) {
            this.module.refusedReadListener(listener);
            return this;
        }

        /**
         * Whether written envelopes carry {@code module}; on by default. See
         * {@link ObjectRegistryModule.Builder#writeModule(boolean)}.
         * @param writeModule whether to write {@code module}
         * @return this builder
         */
        public Builder writeModule(boolean writeModule) {
            this.module.writeModule(writeModule);
            return this;
        }

        /**
         * Runs every read and write through an observer, such as a tracing span.
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(RegistrySerializerObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** The serializer. */
        public RegistrySerializer build() {
            return new RegistrySerializer(this);
        }
    }
}
