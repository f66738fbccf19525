package io.github.objectregistry.json;

import io.github.objectregistry.ObjectRegistry;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.AbstractDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;

/**
 * Puts envelope readers where they belong, after every other module has had its say: Jackson runs
 * deserializer modifiers on the deserializer it found, whether a module's {@code Deserializers} supplied it
 * or Jackson built its own, whatever order the modules were added in.
 * <ul>
 * <li>A base type ({@link BaseTypes}) is taken over only where Jackson would use its own placeholder for an
 * abstract type, {@link AbstractDeserializer}, which cannot read anything: a deserializer that another
 * module supplied, or that an abstract-type mapping or creator made possible, is left alone.</li>
 * <li>A registered concrete class is read as an envelope around whatever deserializer it has, which reads
 * the config.</li>
 * </ul>
 */
final class EnvelopeDeserializers extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    private final transient ObjectRegistry registry;

    private final transient NameResolver names;

    private final transient BaseTypes baseTypes;

    private final boolean bareConfigs;

    EnvelopeDeserializers(ObjectRegistry registry, BaseTypes baseTypes, boolean bareConfigs, RefusedReads refusals) {
        this.registry = registry;
        this.names = new NameResolver(registry, refusals);
        this.baseTypes = baseTypes;
        this.bareConfigs = bareConfigs;
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        if (deserializer instanceof EnvelopeDeserializer) {
            return deserializer;
        }
        if (deserializer.getClass() == AbstractDeserializer.class) {
            return this.baseTypes.covers(description.getType(), description)
                    ? new EnvelopeDeserializer(this.names, description.getType(), null, false) : deserializer;
        }
        if (this.registry.isRegistered(description.getBeanClass())) {
            return new EnvelopeDeserializer(this.names, description.getType(), deserializer, this.bareConfigs);
        }
        return deserializer;
    }
}
