package io.github.objectregistry.json;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.objectregistry.ConfigMigrations;
import io.github.objectregistry.Configurable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a Keras 3 envelope into the declared type: walks its keys ({@link ParsedEnvelope}), resolves its name
 * ({@link NameResolver}) and builds the object from its config, through the class's own deserializer or,
 * for a {@link Configurable}, {@link ConfigurableReader}. The name is resolved on every read, so scopes and
 * per-read custom objects apply; only class to config-reader is cached.
 */
final class EnvelopeDeserializer extends StdDeserializer<Object> {

    private static final String FUNCTION_REFERENCE = "the function reference in \"config\":";

    private final NameResolver names;

    /** For a registered concrete declared type: its default deserializer, which reads its config. */
    private final ValueDeserializer<?> delegate;

    /** Whether a registered concrete declared type may also be read from its bare config, without envelope. */
    private final boolean bareConfigs;

    private final ConfigurableReader configurables = new ConfigurableReader(this);

    private final Map<Class<?>, ConfigReader> configReaders = new ConcurrentHashMap<>();

    EnvelopeDeserializer(NameResolver names, JavaType declaredType, ValueDeserializer<?> delegate,
            boolean bareConfigs) {
        super(declaredType);
        this.names = names;
        this.delegate = delegate;
        this.bareConfigs = bareConfigs && delegate != null;
    }

    @Override
    public void resolve(DeserializationContext ctxt) {
        if (this.delegate != null) {
            this.delegate.resolve(ctxt);
        }
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        if (this.delegate == null) {
            return this;
        }
        ValueDeserializer<?> contextual = ctxt.handleSecondaryContextualization(this.delegate, property,
                getValueType());
        return (contextual == this.delegate) ? this
                : new EnvelopeDeserializer(this.names, getValueType(), contextual, this.bareConfigs);
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
            return readEnvelope(p, ctxt, getValueType());
        }
        catch (RuntimeException ex) {
            // The one place every envelope read passes through: the refusal is reported once, here.
            this.names.refusals().report(ctxt, getValueType().getRawClass(), ex);
            throw ex;
        }
    }

    /** Reads the envelope (or bare name) at the parser's current token as {@code declared}. */
    Object readEnvelope(JsonParser p, DeserializationContext ctxt, JavaType declared) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String name = ParsedEnvelope.requireNotBlank(p, declared, Envelope.CLASS_NAME, p.getString());
            return this.names.resolveInstance(p, ctxt, declared, name, "the name");
        }
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        }
        else if (token != JsonToken.PROPERTY_NAME) {
            throw EnvelopeErrors.notAnEnvelope(p, declared, token);
        }
        if (this.bareConfigs && !(token == JsonToken.PROPERTY_NAME && Envelope.isKey(p.currentName()))) {
            return readBareConfig(p, ctxt);
        }
        EnvelopeNames envelopeNames = this.names.envelopeNames();
        PropertyNameMatcher keys = envelopeNames.keys(ctxt.tokenStreamFactory());
        ParsedEnvelope envelope = new ParsedEnvelope(declared, envelopeNames);
        // As Jackson's bean deserializer matches properties: no key string is compared, or even made, for a match.
        for (int key = p.currentNameMatch(keys); key >= 0 || key == PropertyNameMatcher.MATCH_UNKNOWN_NAME;
                key = p.nextNameMatch(keys)) {
            JsonToken value = p.nextToken();
            if (!envelope.readKey(p, ctxt, key, value)) {
                readConfig(p, ctxt, envelope);
            }
        }
        return finish(p, ctxt, envelope);
    }

    /**
     * The declared type is a registered concrete class, so an object that does not start with an envelope
     * key is that class's config: read it as the class, which is what the declared type already says.
     */
    @SuppressWarnings("unchecked")
    private Object readBareConfig(JsonParser p, DeserializationContext ctxt) {
        Class<?> type = handledType();
        if (Configurable.class.isAssignableFrom(type)) {
            return this.configurables.rebuild(p, ctxt, type);
        }
        return ((ValueDeserializer<Object>) this.delegate).deserialize(p, ctxt);
    }

    /** Reads the config now if the name is already known; otherwise buffers it until the envelope ends. */
    private void readConfig(JsonParser p, DeserializationContext ctxt, ParsedEnvelope envelope) {
        envelope.sharedIdsBeforeConfig = SharedObjects.recordedSoFar(ctxt);
        if (SharedObjects.isKnown(ctxt, envelope)) {
            // An earlier envelope with this id wins; finish() still checks that the name agrees.
            envelope.configSkipped = true;
            p.skipChildren();
        }
        else if (envelope.nameIsFinal()) {
            envelope.value = build(p, ctxt, envelope);
            envelope.built = (envelope.deferredConfig == null);
        }
        else {
            envelope.bufferedConfig = ctxt.bufferAsCopyOfValue(p);
        }
        envelope.hasConfig = true;
    }

    private Object finish(JsonParser p, DeserializationContext ctxt, ParsedEnvelope envelope) {
        envelope.requireClassName(p);
        if (!envelope.hasConfig) {
            throw missingConfig(p, ctxt, envelope);
        }
        envelope.endKeys();
        if (envelope.deferredConfig != null) {
            Class<?> type = (Class<?>) this.names.resolve(p, ctxt, envelope.declared, envelope.lookupName());
            envelope.value = bindVersioned(p, ctxt, envelope, type, configReader(ctxt, type),
                    envelope.deferredConfig);
            envelope.built = true;
        }
        else if (!envelope.built && !envelope.configSkipped) {
            try (JsonParser buffered = envelope.bufferedConfig.asParser(ctxt, p)) {
                buffered.nextToken();
                envelope.value = build(buffered, ctxt, envelope);
                envelope.built = true;
            }
        }
        else if (envelope.boundVersion != 0 && envelope.configVersion != envelope.boundVersion) {
            // "config_version" came after a config already bound as the class's version 1.
            throw ConfigMigrator.newer(p, envelope.lookupName(), envelope.value.getClass(), envelope.configVersion,
                    envelope.boundVersion);
        }
        return (envelope.sharedId != null) ? SharedObjects.share(p, ctxt, envelope, this.names) : envelope.value;
    }

    /** What an envelope without config should have been: a function's, an instance's or a class's. */
    private MalformedEnvelopeException missingConfig(JsonParser p, DeserializationContext ctxt,
            ParsedEnvelope envelope) {
        if (envelope.isFunction()) {
            return EnvelopeErrors.missingFunctionConfig(p, envelope.declared);
        }
        String name = envelope.lookupName();
        Object target = this.names.find(ctxt, name);
        return (target != null && !(target instanceof Class<?>))
                ? EnvelopeErrors.missingInstanceConfig(p, envelope.declared, name)
                : EnvelopeErrors.missingConfig(p, envelope.declared, name);
    }

    /** Builds the object from the config at the parser's current token. */
    private Object build(JsonParser p, DeserializationContext ctxt, ParsedEnvelope envelope) {
        JavaType declared = envelope.declared;
        JsonToken token = p.currentToken();
        if (envelope.isFunction()) {
            if (token != JsonToken.VALUE_STRING) {
                throw EnvelopeErrors.wrongType(p, declared, null, Envelope.CONFIG,
                        "a string (the registered name of the function)", token);
            }
            String name = ParsedEnvelope.requireNotBlank(p, declared, Envelope.CONFIG, p.getString());
            return this.names.resolveInstance(p, ctxt, declared, name, FUNCTION_REFERENCE);
        }
        String name = envelope.lookupName();
        Object target = this.names.resolve(p, ctxt, declared, name);
        if (!(target instanceof Class<?> type)) {
            Object instance = NameResolver.checkInstance(p, declared, name, target);
            requireNoConfig(p, declared, name, token);
            return instance;
        }
        if (token != JsonToken.START_OBJECT) {
            throw EnvelopeErrors.wrongType(p, declared, name, Envelope.CONFIG, "a JSON object", token);
        }
        ConfigReader reader = configReader(ctxt, type);
        int current = reader.chain().version();
        int stored = envelope.configVersion;
        if (stored == current || (stored == 0 && current == 1)) {
            // The hot path: a current document, bound straight from the stream.
            envelope.boundVersion = (stored == 0) ? current : 0;
            return bind(p, ctxt, type, reader);
        }
        ObjectNode config = (ObjectNode) ctxt.readTree(p);
        if (stored == 0) {
            // A "config_version" may still follow; absent, the config is version 1 and needs migrating.
            envelope.deferredConfig = config;
            return null;
        }
        return bindVersioned(p, ctxt, envelope, type, reader, config);
    }

    /** Binds a config whose version is known, migrating it first when it is older than the class. */
    private Object bindVersioned(JsonParser p, DeserializationContext ctxt, ParsedEnvelope envelope, Class<?> type,
            ConfigReader reader, ObjectNode config) {
        int current = reader.chain().version();
        int stored = envelope.configVersion;
        if (stored > current) {
            throw ConfigMigrator.newer(p, envelope.lookupName(), type, stored, current);
        }
        ObjectNode migrated = (stored == current) ? config
                : ConfigMigrator.migrate(p, envelope.lookupName(), type, reader.chain(), stored, config);
        try (JsonParser tree = migrated.traverse(ctxt)) {
            tree.nextToken();
            return bind(tree, ctxt, type, reader);
        }
    }

    /** Binds the config at the parser's current token, as the class's current version. */
    private Object bind(JsonParser p, DeserializationContext ctxt, Class<?> type, ConfigReader reader) {
        try {
            if (reader.deserializer() == null) {
                return this.configurables.rebuild(p, ctxt, type);
            }
            return reader.deserializer().deserialize(p, ctxt);
        }
        catch (JacksonException ex) {
            // Jackson's path then leads through every envelope to the failing one, as the JSON nests them.
            throw ex.prependPath(type, Envelope.CONFIG);
        }
    }

    /**
     * A registered instance is the object itself, so its envelope's config may only be empty or null (Keras
     * ignores a function's config; a non-empty one here means the writer expected a class).
     */
    private static void requireNoConfig(JsonParser p, JavaType declared, String name, JsonToken token) {
        if (token == JsonToken.START_OBJECT) {
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw EnvelopeErrors.instanceConfig(p, declared, name, token, p.currentName());
            }
        }
        else if (token != JsonToken.VALUE_NULL) {
            throw EnvelopeErrors.instanceConfig(p, declared, name, token, null);
        }
    }

    private ConfigReader configReader(DeserializationContext ctxt, Class<?> type) {
        ConfigReader reader = this.configReaders.get(type);
        if (reader == null) {
            ValueDeserializer<Object> deserializer = Configurable.class.isAssignableFrom(type) ? null
                    : unwrap(ctxt.findRootValueDeserializer(ctxt.constructType(type)));
            reader = new ConfigReader(deserializer, ConfigMigrations.of(type));
            this.configReaders.putIfAbsent(type, reader);
        }
        return reader;
    }

    /**
     * How a registered class's config is read, found once per class.
     * @param deserializer the class's own deserializer, or {@code null} for a {@link Configurable}
     * @param chain its version and migrations
     */
    private record ConfigReader(ValueDeserializer<Object> deserializer, ConfigMigrations chain) {
    }

    /** A registered concrete class's deserializer is an envelope reader itself; its config needs the inner one. */
    @SuppressWarnings("unchecked")
    private static ValueDeserializer<Object> unwrap(ValueDeserializer<Object> deserializer) {
        if (deserializer instanceof EnvelopeDeserializer envelope && envelope.delegate != null) {
            return (ValueDeserializer<Object>) envelope.delegate;
        }
        return deserializer;
    }
}
