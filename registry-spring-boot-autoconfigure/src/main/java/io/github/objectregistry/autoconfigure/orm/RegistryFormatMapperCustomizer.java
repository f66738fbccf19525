package io.github.objectregistry.autoconfigure.orm;

import java.util.Map;

import io.github.objectregistry.json.ObjectRegistryModule;
import io.github.objectregistry.json.ReadLimits;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes Hibernate read and write {@code @JdbcTypeCode(SqlTypes.JSON)} columns with the registry: sets
 * {@link AvailableSettings#JSON_FORMAT_MAPPER} to a {@link Jackson3JsonFormatMapper} whose mapper carries the
 * context's {@link ObjectRegistryModule}, unless the application set that property itself.
 *
 * <p>The mapper is the one Hibernate would build on its own (Jackson 2 defaults and the modules found on the
 * class path), plus the registry's module and its read limits ({@code object-registry.json.max-*}). Hibernate
 * has one mapper for every JSON column, so those limits hold for the other JSON columns too: raise them, or set
 * {@code hibernate.type.json_format_mapper} yourself, if such a column holds longer or deeper documents. Setting the format mapper explicitly also keeps Hibernate from
 * choosing Jackson 2 when both Jacksons are on the class path. Names resolve on every read, so the scopes
 * open on the thread that loads an entity apply.
 */
public class RegistryFormatMapperCustomizer implements HibernatePropertiesCustomizer {

    private static final Log logger = LogFactory.getLog(RegistryFormatMapperCustomizer.class);

    private final Jackson3JsonFormatMapper formatMapper;

    /**
     * Creates the customizer.
     * @param module the context's registry module
     * @param limits the limits every JSON column read enforces
     */
    public RegistryFormatMapperCustomizer(ObjectRegistryModule module, ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
            .configureForJackson2()
            .streamReadConstraints(limits.toStreamReadConstraints())
            .build();
        JsonMapper mapper = JsonMapper.builder(factory)
            .configureForJackson2()
            .addModules(MapperBuilder.findModules(RegistryFormatMapperCustomizer.class.getClassLoader()))
            .addModule(module)
            .build();
        this.formatMapper = new Jackson3JsonFormatMapper(mapper);
    }

    /** The format mapper this customizer sets. */
    public Jackson3JsonFormatMapper getFormatMapper() {
        return this.formatMapper;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        if (hibernateProperties.containsKey(AvailableSettings.JSON_FORMAT_MAPPER)) {
            logger.debug("Object registry: Hibernate's " + AvailableSettings.JSON_FORMAT_MAPPER
                    + " is set by the application; JSON columns are not read through the registry");
            return;
        }
        hibernateProperties.put(AvailableSettings.JSON_FORMAT_MAPPER, this.formatMapper);
        logger.debug("Object registry: Hibernate JSON columns are read and written as envelopes");
    }
}
