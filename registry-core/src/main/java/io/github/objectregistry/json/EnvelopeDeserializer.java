package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.objectregistry.Configurable;
import io.github.objectregistry.ObjectRegistry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a Keras 3 envelope into the declared type. The name is resolved through the registry on every
 * read, so scopes and per-read custom objects apply; only class to config-reader is cached.
 */
final class EnvelopeDeserializer extends StdDeserializer<Object> {

    private final ObjectRegistry registry;

    /** For a registered concrete declared type: its default deserializer, which reads its config. */
    private final ValueDeserializer<?> delegate;

    private final Map<Class<?>, ValueDeserializer<Object>> configReaders = new ConcurrentHashMap<>();

    EnvelopeDeserializer(ObjectRegistry registry, JavaType declaredType, ValueDeserializer<?> delegate) {
        super(declaredType);
        this.registry = registry;
        this.delegate = delegate;
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
                : new EnvelopeDeserializer(this.registry, getValueType(), contextual);
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
        return read(p, ctxt, getValueType());
    }

    private Object read(JsonParser p, DeserializationContext ctxt, JavaType declared) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return resolveInstance(p, ctxt, declared, p.getString(), "class_name");
        }
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        }
        else if (token != JsonToken.PROPERTY_NAME) {
            throw EnvelopeErrors.notAnEnvelope(p, declared, token);
        }
        Parsed envelope = new Parsed(declared);
        for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case Envelope.CLASS_NAME -> {
                    envelope.markSeen(p, Parsed.CLASS_NAME, key);
                    envelope.className = requireNotBlank(p, declared, key, readName(p, declared, key, value, false));
                }
                case Envelope.MODULE -> {
                    envelope.markSeen(p, Parsed.MODULE, key);
                    envelope.module = envelope.hasRegisteredName() ? skipName(p, declared, key, value)
                            : readName(p, declared, key, value, true);
                }
                case Envelope.REGISTERED_NAME -> {
                    envelope.markSeen(p, Parsed.REGISTERED_NAME, key);
                    String registeredName = readName(p, declared, key, value, true);
                    // Null and "" mean "look further" (Keras writes null for built-ins); only blanks are wrong.
                    envelope.registeredName = (registeredName == null || registeredName.isEmpty()) ? registeredName
                            : requireNotBlank(p, declared, key, registeredName);
                }
                case Envelope.CONFIG -> {
                    envelope.markSeen(p, Parsed.CONFIG, key);
                    readConfig(p, ctxt, envelope);
                }
                case Envelope.SHARED_OBJECT_ID -> {
                    envelope.markSeen(p, Parsed.SHARED_OBJECT_ID, key);
                    envelope.sharedId = readSharedId(p, declared, value);
                }
                case Envelope.BUILD_CONFIG -> {
                    envelope.markSeen(p, Parsed.BUILD_CONFIG, key);
                    skipObject(p, declared, key, value);
                }
                case Envelope.COMPILE_CONFIG -> {
                    envelope.markSeen(p, Parsed.COMPILE_CONFIG, key);
                    skipObject(p, declared, key, value);
                }
                default -> skipUnknownKey(p, ctxt, declared, key);
            }
        }
        return finish(p, ctxt, envelope);
    }

    private static String readName(JsonParser p, JavaType declared, String key, JsonToken token, boolean nullable) {
        if (token == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (nullable && token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw EnvelopeErrors.wrongType(p, declared, key, nullable ? "a string or null" : "a string", token);
    }

    /** Names are checked where they are read, so an error names the key that holds the blank. */
    private static String requireNotBlank(JsonParser p, JavaType declared, String key, String name) {
        if (name.isBlank()) {
            throw EnvelopeErrors.blankName(p, declared, key, name);
        }
        return name;
    }

    /** Keras's build and compile configs are objects; they mean nothing here, but their shape is still checked. */
    private static void skipObject(JsonParser p, JavaType declared, String key, JsonToken token) {
        if (token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL) {
            throw EnvelopeErrors.wrongType(p, declared, key, "an object or null", token);
        }
        p.skipChildren();
    }

    /**
     * Checks a name's JSON type without decoding it, once {@code registered_name} has decided the lookup; the
     * parser then skips the string's bytes.
     */
    private static String skipName(JsonParser p, JavaType declared, String key, JsonToken token) {
        if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL) {
            throw EnvelopeErrors.wrongType(p, declared, key, "a string or null", token);
        }
        return null;
    }

    private static void skipUnknownKey(JsonParser p, DeserializationContext ctxt, JavaType declared, String key) {
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            throw EnvelopeErrors.unknownKey(p, declared, key);
        }
        p.skipChildren();
    }

    /** Reads the config now if the name is already known; otherwise buffers it until the envelope ends. */
    private void readConfig(JsonParser p, DeserializationContext ctxt, Parsed envelope) {
        envelope.sharedIdsBeforeConfig = SharedObjects.recordedSoFar(ctxt);
        if (envelope.isKnownSharedObject(ctxt)) {
            // An earlier envelope with this id wins; finish() still checks that the name agrees.
            envelope.configSkipped = true;
            p.skipChildren();
        }
        else if (envelope.nameIsFinal()) {
            envelope.value = build(p, ctxt, envelope);
            envelope.built = true;
        }
        else {
            envelope.bufferedConfig = ctxt.bufferAsCopyOfValue(p);
        }
        envelope.hasConfig = true;
    }

    private Object finish(JsonParser p, DeserializationContext ctxt, Parsed envelope) {
        if (envelope.className == null) {
            throw EnvelopeErrors.blankName(p, envelope.declared, Envelope.CLASS_NAME, null);
        }
        if (!envelope.hasConfig) {
            throw EnvelopeErrors.missingConfig(p, envelope.declared, envelope.lookupName());
        }
        if (!envelope.built && !envelope.configSkipped) {
            try (JsonParser buffered = envelope.bufferedConfig.asParser(ctxt, p)) {
                buffered.nextToken();
                envelope.value = build(buffered, ctxt, envelope);
                envelope.built = true;
            }
        }
        return (envelope.sharedId != null) ? shareObject(p, ctxt, envelope) : envelope.value;
    }

    /**
     * Keras's {@code shared_object_id}: the first object read under an id is the one every later envelope
     * with that id yields, provided it names the same class.
     */
    private Object shareObject(JsonParser p, DeserializationContext ctxt, Parsed envelope) {
        SharedObjects.Reads shared = SharedObjects.forRead(ctxt);
        SharedObjects.Recorded first = shared.get(envelope.sharedId);
        if (first == null) {
            shared.record(envelope.sharedId, envelope.value);
            return envelope.value;
        }
        String name = envelope.lookupName();
        if (envelope.built && first.order() >= envelope.sharedIdsBeforeConfig) {
            // The id was recorded while this envelope's own config was being read: it contains itself.
            throw EnvelopeErrors.sharedIdCycle(p, envelope.declared, envelope.sharedId, name);
        }
        if (first.value() != envelope.value) {
            Class<?> named = envelope.built ? envelope.value.getClass() : targetClass(resolve(p, ctxt, envelope.declared, name));
            if (named != first.value().getClass()) {
                throw EnvelopeErrors.sharedIdReused(p, envelope.declared, envelope.sharedId, first.value(), name);
            }
        }
        return checkInstance(p, envelope.declared, name, first.value());
    }

    private static Class<?> targetClass(Object target) {
        return (target instanceof Class<?> type) ? type : target.getClass();
    }

    /** Builds the object from the config at the parser's current token. */
    private Object build(JsonParser p, DeserializationContext ctxt, Parsed envelope) {
        JavaType declared = envelope.declared;
        JsonToken token = p.currentToken();
        if (Envelope.FUNCTION.equals(envelope.className)) {
            if (token != JsonToken.VALUE_STRING) {
                throw EnvelopeErrors.wrongType(p, declared, Envelope.CONFIG,
                        "a string (the registered name of the function)", token);
            }
            return resolveInstance(p, ctxt, declared, p.getString(), Envelope.CONFIG);
        }
        String name = envelope.lookupName();
        Object target = resolve(p, ctxt, declared, name);
        if (!(target instanceof Class<?> type)) {
            p.skipChildren();
            return checkInstance(p, declared, name, target);
        }
        if (token != JsonToken.START_OBJECT) {
            throw EnvelopeErrors.wrongType(p, declared, Envelope.CONFIG, "a JSON object", token);
        }
        if (Configurable.class.isAssignableFrom(type)) {
            return rebuildConfigurable(p, ctxt, type);
        }
        return configReader(ctxt, type).deserialize(p, ctxt);
    }

    /** Resolves a name from the input, already checked not to be blank; it is never used as a class name. */
    private Object resolve(JsonParser p, DeserializationContext ctxt, JavaType declared, String name) {
        if (Envelope.isKerasMarker(name)) {
            throw EnvelopeErrors.kerasMarker(p, declared, name);
        }
        Object target = this.registry.getRegisteredObject(name);
        if (target == null) {
            // The read's own custom objects come last, so they are only looked at after a miss.
            Map<String, ?> customObjects = customObjects(ctxt);
            target = (customObjects != null) ? customObjects.get(name) : null;
            if (target == null) {
                throw EnvelopeErrors.unknownName(p, declared, name, namesThatFit(declared, customObjects));
            }
        }
        if (target instanceof Class<?> type && !declared.getRawClass().isAssignableFrom(type)) {
            throw EnvelopeErrors.typeMismatch(p, declared, name, type);
        }
        return target;
    }

    /** The names visible to this read whose target could stand where {@code declared} is: the only useful hints. */
    private Set<String> namesThatFit(JavaType declared, Map<String, ?> customObjects) {
        Map<String, Object> visible = new HashMap<>();
        if (customObjects != null) {
            visible.putAll(customObjects);
        }
        visible.putAll(this.registry.getCustomObjects());
        Class<?> raw = declared.getRawClass();
        Set<String> names = new HashSet<>();
        visible.forEach((name, target) -> {
            if ((target instanceof Class<?> type) ? raw.isAssignableFrom(type) : raw.isInstance(target)) {
                names.add(name);
            }
        });
        return names;
    }

    /** A bare name, or a function reference: must resolve to a registered instance. */
    private Object resolveInstance(JsonParser p, DeserializationContext ctxt, JavaType declared, String name,
            String key) {
        Object target = resolve(p, ctxt, declared, requireNotBlank(p, declared, key, name));
        if (target instanceof Class<?> type) {
            throw EnvelopeErrors.classForFunction(p, declared, name, type);
        }
        return checkInstance(p, declared, name, target);
    }

    private static Object checkInstance(JsonParser p, JavaType declared, String name, Object instance) {
        if (!declared.getRawClass().isInstance(instance)) {
            throw EnvelopeErrors.typeMismatch(p, declared, name, instance.getClass());
        }
        return instance;
    }

    private static Long readSharedId(JsonParser p, JavaType declared, JsonToken token) {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw EnvelopeErrors.wrongType(p, declared, Envelope.SHARED_OBJECT_ID, "an integer", token);
        }
        return p.getLongValue();
    }

    private ValueDeserializer<Object> configReader(DeserializationContext ctxt, Class<?> type) {
        ValueDeserializer<Object> reader = this.configReaders.get(type);
        if (reader == null) {
            reader = unwrap(ctxt.findRootValueDeserializer(ctxt.constructType(type)));
            this.configReaders.putIfAbsent(type, reader);
        }
        return reader;
    }

    /** A registered concrete class's deserializer is an envelope reader itself; its config needs the inner one. */
    @SuppressWarnings("unchecked")
    private static ValueDeserializer<Object> unwrap(ValueDeserializer<Object> deserializer) {
        if (deserializer instanceof EnvelopeDeserializer envelope && envelope.delegate != null) {
            return (ValueDeserializer<Object>) envelope.delegate;
        }
        return deserializer;
    }

    private Object rebuildConfigurable(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) toJava(ctxt.readTree(p), ctxt);
        try {
            return Configurable.rebuild(type.asSubclass(Configurable.class), config);
        }
        catch (RuntimeException ex) {
            throw ctxt.instantiationException(type, ex);
        }
    }

    /**
     * Turns a {@code Configurable}'s config into plain Java values, rebuilding nested envelopes, since
     * {@code fromConfig} receives a map rather than typed fields.
     */
    private Object toJava(JsonNode node, DeserializationContext ctxt) {
        if (node.isObject()) {
            if (node.has(Envelope.CLASS_NAME) && node.has(Envelope.CONFIG)) {
                try (JsonParser nested = node.traverse(ctxt)) {
                    nested.nextToken();
                    return read(nested, ctxt, ctxt.constructType(Object.class));
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach((property) -> map.put(property.getKey(), toJava(property.getValue(), ctxt)));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.values().forEach((element) -> list.add(toJava(element, ctxt)));
            return list;
        }
        return ctxt.readTreeAsValue(node, Object.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> customObjects(DeserializationContext ctxt) {
        return (Map<String, ?>) ctxt.getAttribute(ObjectRegistryModule.CUSTOM_OBJECTS_ATTRIBUTE);
    }

    /** What has been read of one envelope so far. */
    private static final class Parsed {

        final JavaType declared;

        static final int CLASS_NAME = 1;

        static final int MODULE = 1 << 1;

        static final int REGISTERED_NAME = 1 << 2;

        static final int CONFIG = 1 << 3;

        static final int SHARED_OBJECT_ID = 1 << 4;

        static final int BUILD_CONFIG = 1 << 5;

        static final int COMPILE_CONFIG = 1 << 6;

        /** One bit per envelope key already read. */
        private int seen;

        String module;

        String className;

        String registeredName;

        Long sharedId;

        boolean hasConfig;

        boolean built;

        boolean configSkipped;

        /** How many shared ids the read had recorded when this envelope's config began. */
        int sharedIdsBeforeConfig;

        TokenBuffer bufferedConfig;

        Object value;

        Parsed(JavaType declared) {
            this.declared = declared;
        }

        /** Records a key; a repeated key is an error, since a later value would silently win. */
        void markSeen(JsonParser p, int bit, String key) {
            if ((this.seen & bit) != 0) {
                throw EnvelopeErrors.duplicateKey(p, this.declared, key);
            }
            this.seen |= bit;
        }

        private boolean hasSeen(int bit) {
            return (this.seen & bit) != 0;
        }

        boolean hasRegisteredName() {
            return this.registeredName != null && !this.registeredName.isEmpty();
        }

        /** Whether keys still to come can no longer change the name to look up. */
        boolean nameIsFinal() {
            if (this.className == null) {
                return false;
            }
            if (Envelope.FUNCTION.equals(this.className) || hasRegisteredName()) {
                return true;
            }
            return hasSeen(REGISTERED_NAME) && hasSeen(MODULE);
        }

        String lookupName() {
            return Envelope.lookupName(this.module, (this.className != null) ? this.className : "",
                    this.registeredName);
        }

        /** Whether the id came before the config and an earlier envelope of this read already used it. */
        boolean isKnownSharedObject(DeserializationContext ctxt) {
            return this.sharedId != null && this.className != null && !Envelope.FUNCTION.equals(this.className)
                    && SharedObjects.forRead(ctxt).contains(this.sharedId);
        }
    }
}
