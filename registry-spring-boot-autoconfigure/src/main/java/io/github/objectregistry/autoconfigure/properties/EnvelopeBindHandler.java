package io.github.objectregistry.autoconfigure.properties;

import java.lang.reflect.Modifier;
import java.util.function.Supplier;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.autoconfigure.RegistryValueTypes;
import io.github.objectregistry.json.RegistrySerializer;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds a configuration property declared as a registered interface or class (alone, or as the element of a
 * {@code List}, {@code Set} or {@code Map}, which the binder binds one element at a time) from the envelope
 * its properties spell, read through the registry: {@code class-name} / {@code registered-name} /
 * {@code module}, and a nested {@code config}.
 *
 * <p>Spring Boot's binder has no polymorphic binding and no pluggable data-object binder, so this handler reads
 * the envelope when the binder starts on such a property and hands the value back through the binder's own
 * failure path ({@link #onFailure}), the one place where a handler may supply a property's value. A value the
 * registry refuses fails binding with the registry's exception, which the
 * {@link EnvelopeBindingFailureAnalyzer} reports. Every other property is bound as without the starter.
 */
class EnvelopeBindHandler extends AbstractBindHandler {

    private final Supplier<ObjectRegistry> registry;

    private final Supplier<RegistrySerializer> serializer;

    private final Iterable<ConfigurationPropertySource> allSources;

    EnvelopeBindHandler(BindHandler parent, Supplier<ObjectRegistry> registry,
            Supplier<RegistrySerializer> serializer, Iterable<ConfigurationPropertySource> allSources) {
        super(parent);
        this.allSources = allSources;
        this.registry = registry;
        this.serializer = serializer;
    }

    @Override
    public <T> Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target, BindContext context) {
        Class<?> type = target.getType().resolve(Object.class);
        if (mayBeRegistryType(type)) {
            ObjectNode envelope = EnvelopePropertyTree.read(name, context.getSources());
            // A collection's elements are bound against a filtered view that cannot be listed: use every source.
            envelope = (envelope != null) ? envelope : EnvelopePropertyTree.read(name, this.allSources);
            // The registry is asked (and completed with its bean instances) only for what names something.
            if (envelope != null && (envelope.has("class_name") || envelope.has("registered_name"))
                    && RegistryValueTypes.covers(this.registry.get(), type)) {
                throw new BoundEnvelope(this.serializer.get().deserialize(envelope, type));
            }
        }
        return super.onStart(name, target, context);
    }

    @Override
    public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
            Exception error) throws Exception {
        return (error instanceof BoundEnvelope bound) ? bound.value : super.onFailure(name, target, context, error);
    }

    /**
     * A cheap test before the registry is consulted, which also keeps the registry's own properties (bound
     * while the registry is being created) from asking for it: only an application's interface, abstract class
     * or annotated class can be a registry type.
     */
    private static boolean mayBeRegistryType(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isEnum() || type.getName().startsWith("java.")
                || type.getName().startsWith(ObjectRegistryProperties.class.getName())) {
            return false;
        }
        return type.isInterface() || Modifier.isAbstract(type.getModifiers())
                || type.isAnnotationPresent(RegisterSerializable.class);
    }

    /** Carries a value read from its envelope out of {@link #onStart} to {@link #onFailure}; not an error. */
    private static final class BoundEnvelope extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Object value;

        BoundEnvelope(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }
}
