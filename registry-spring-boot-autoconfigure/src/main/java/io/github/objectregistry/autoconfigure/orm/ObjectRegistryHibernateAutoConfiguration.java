package io.github.objectregistry.autoconfigure.orm;

import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.ObjectRegistryModule;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Hibernate 7 JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}) typed by registered interfaces or classes,
 * collections of them, or records holding them, are written as envelopes and read through the context's
 * registry; see {@link RegistryFormatMapperCustomizer}. A {@code hibernate.type.json_format_mapper} set by the
 * application wins.
 */
@AutoConfiguration(after = ObjectRegistryJacksonAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ HibernatePropertiesCustomizer.class, Jackson3JsonFormatMapper.class })
@ConditionalOnBean(ObjectRegistryModule.class)
public final class ObjectRegistryHibernateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RegistryFormatMapperCustomizer objectRegistryFormatMapperCustomizer(ObjectRegistryModule module,
            ObjectRegistryProperties properties) {
        return new RegistryFormatMapperCustomizer(module, properties.getJson().toReadLimits());
    }
}
