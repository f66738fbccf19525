package io.github.objectregistry.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.github.objectregistry.ObjectRegistry;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that reads and writes Keras 3 envelopes, resolving names only through an
 * {@link ObjectRegistry}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ObjectRegistryModule(registry)).build();
 * Layer layer = mapper.readValue(json, Layer.class);   // {"class_name": ..., "config": {...}, ...}
 *
 * JsonMapper application = JsonMapper.builder()
 *     .addModule(ObjectRegistryModule.builder(registry).basePackages(List.of("com.acme")).readBareConfigs(true).build())
 *     .build();
 * }</pre>
 *
 * <h2>Where it applies</h2>
 * <ul>
 * <li>Registered concrete classes, read and written as envelopes.</li>
 * <li>The application's own base types: interfaces and abstract classes with a registered implementation
 * (a registered class or instance of the type) and, if {@linkplain Builder#basePackages(Collection) given},
 * those in the base packages. No annotation is needed on the base type. That is all a plain
 * {@code new ObjectRegistryModule(registry)} reads envelopes for.</li>
 * <li>Never a JDK or Jackson type, nor a type with its own {@code @JsonTypeInfo}, {@code @JsonDeserialize}
 * or {@code @JsonSerialize} (mix-ins included), nor a type another module deserializes: the module takes
 * over only where Jackson itself has nothing to offer, whatever order the modules were added in. Types that
 * have nothing to do with the registry are read and written exactly as without it.</li>
 * <li>Writing an unregistered implementation of a base type that has registered implementations (a registry
 * family) fails with an {@link tools.jackson.databind.exc.InvalidDefinitionException} naming the class, the base
 * type and the fix: as plain JSON it could not be read back as that type. Implementations of any other type
 * are written as without the module.</li>
 * </ul>
 * The name is resolved on every read, so {@link io.github.objectregistry.CustomObjectScope scopes} work on a
 * shared mapper; only class to deserializer is cached. Whether a type is covered is decided when the mapper
 * first meets it, so register before the first read or write (the Spring Boot starter registers everything
 * at startup).
 *
 * <p>A refused envelope's exception carries Jackson's path to it ({@code getPath()}, {@code getPathReference()}):
 * each envelope on the way adds its {@code config}, so the path matches the JSON, as in
 * {@code Sequential["config"]->Sequential["layers"]->java.util.ArrayList[0]} for {@code /config/layers/0}.
 *
 * <p>When one instance of a registered class occurs twice inside a registered object being written, both
 * envelopes carry the same {@code shared_object_id}, as {@link RegistrySerializer} writes them.
 *
 * <p>To add objects for a single read, pass a map as the {@link #CUSTOM_OBJECTS_ATTRIBUTE} attribute:
 * {@code mapper.readerFor(Layer.class).withAttribute(CUSTOM_OBJECTS_ATTRIBUTE, Map.of(...))}. Its entries have
 * the lowest precedence. To read through the scopes of work that runs elsewhere, such as a reactive request,
 * pass its {@link io.github.objectregistry.ScopeSnapshot} as the {@link #SCOPES_ATTRIBUTE} attribute: names
 * resolve through its scopes instead of the reading thread's.
 */
public class ObjectRegistryModule extends JacksonModule {

    /** The reader attribute holding a {@code Map<String, ?>} of custom objects for one read. */
    public static final String CUSTOM_OBJECTS_ATTRIBUTE = "io.github.objectregistry.customObjects";

    /**
     * The reader attribute holding a {@link io.github.objectregistry.ScopeSnapshot} of this module's registry:
     * the read resolves names through its scopes, not the reading thread's, so no thread-local is needed.
     */
    public static final String SCOPES_ATTRIBUTE = "io.github.objectregistry.scopes";

    private final ObjectRegistry registry;

    private final List<String> basePackages;

    private final boolean allBaseTypes;

    private final boolean readBareConfigs;

    private final RefusedReads refusals;

    private final boolean writeModule;

    /**
     * Creates a module that resolves names through the given registry, for registered classes and the base
     * types they implement; see {@link #builder(ObjectRegistry)} for more.
     * @param registry the registry, and the scopes open on it
     */
    public ObjectRegistryModule(ObjectRegistry registry) {
        this(builder(registry));
    }

    private ObjectRegistryModule(Builder builder) {
        this.registry = builder.registry;
        this.basePackages = List.copyOf(builder.basePackages);
        this.allBaseTypes = builder.allBaseTypes;
        this.readBareConfigs = builder.readBareConfigs;
        this.refusals = new RefusedReads(builder.refusedReadListeners);
        this.writeModule = builder.writeModule;
    }

    /**
     * Starts a module with options.
     * @param registry the registry, and the scopes open on it
     * @return a builder
     */
    public static Builder builder(ObjectRegistry registry) {
        return new Builder(registry);
    }

    /** The registry this module resolves names through. */
    public ObjectRegistry getRegistry() {
        return this.registry;
    }

    /** The packages whose interfaces and abstract classes are read as envelopes besides those with a registered implementation. */
    public List<String> getBasePackages() {
        return this.basePackages;
    }

    /** Whether a value declared as a registered concrete class may also be read from its bare config. */
    public boolean isReadBareConfigs() {
        return this.readBareConfigs;
    }

    /** Whether written envelopes carry {@code module}; see {@link Builder#writeModule(boolean)}. */
    public boolean isWriteModule() {
        return this.writeModule;
    }

    @Override
    public String getModuleName() {
        return "object-registry";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        BaseTypes baseTypes = new BaseTypes(this.registry, this.basePackages, this.allBaseTypes);
        context.addDeserializerModifier(new EnvelopeDeserializers(this.registry, baseTypes, this.readBareConfigs,
                this.refusals));
        context.addSerializerModifier(new EnvelopeSerializers(this.registry, baseTypes, this.writeModule));
    }

    /** Options of an {@link ObjectRegistryModule}. */
    public static final class Builder {

        private final ObjectRegistry registry;

        private final List<String> basePackages = new ArrayList<>();

        private boolean allBaseTypes;

        private boolean readBareConfigs;

        private final List<RefusedReadListener> refusedReadListeners = new ArrayList<>();

        private boolean writeModule = true;

        private Builder(ObjectRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Also reads envelopes for the interfaces and abstract classes in these packages and their
         * sub-packages, even before anything that implements them is registered: the application's own base
         * types.
         * @param packageNames package names, such as {@code com.acme.pricing}
         * @return this builder
         */
        public Builder basePackages(Collection<String> packageNames) {
            packageNames.forEach((name) -> this.basePackages.add(Objects.requireNonNull(name, "package name")));
            return this;
        }

        /**
         * Reads envelopes for every interface and abstract class outside the JDK and Jackson. Only for a mapper
         * that reads nothing but envelopes, such as {@link RegistrySerializer}'s own.
         * @return this builder
         */
        public Builder allBaseTypes() {
            this.allBaseTypes = true;
            return this;
        }

        /**
         * Whether a value declared as a registered concrete class may also be read from its bare config,
         * without the envelope, since the declared type already says what it is: {@code {"percent": 5}} for a
         * {@code Discount}. An object whose first key is an envelope key ({@code class_name}, {@code module},
         * {@code config}, ...) is still read as an envelope. Off by default, as in {@link RegistrySerializer}.
         * @param readBareConfigs whether to accept bare configs
         * @return this builder
         */
        public Builder readBareConfigs(boolean readBareConfigs) {
            this.readBareConfigs = readBareConfigs;
            return this;
        }

        /**
         * Adds a listener told once per read that the registry refuses, such as a metric of refusals.
         * @param listener the listener; listeners are told in the order they were added
         * @return this builder
         */
        public Builder refusedReadListener(RefusedReadListener listener) {
            this.refusedReadListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Whether written envelopes carry {@code module} (the class's Java package), as Keras writes it; on by
         * default. Our reader never needs it when {@code registered_name} is present, which this module always
         * writes, so turning it off shortens every envelope (by the package name's length plus 12 characters)
         * and saves reading it. Readers that resolve {@code module>class_name} without {@code registered_name},
         * such as Keras's own fallback, need it: keep it on for documents that leave this application.
         * @param writeModule whether to write {@code module}
         * @return this builder
         */
        public Builder writeModule(boolean writeModule) {
            this.writeModule = writeModule;
            return this;
        }

        /** The listeners added so far, for a serializer that builds its own module. */
        List<RefusedReadListener> refusedReadListeners() {
            return this.refusedReadListeners;
        }

        /** The module. */
        public ObjectRegistryModule build() {
            return new ObjectRegistryModule(this);
        }
    }
}
