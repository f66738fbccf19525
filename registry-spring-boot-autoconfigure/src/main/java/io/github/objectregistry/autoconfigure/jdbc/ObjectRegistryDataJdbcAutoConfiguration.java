package io.github.objectregistry.autoconfigure.jdbc;

import java.util.List;
import java.util.Set;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.RegistryValueTypes;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.RegistrySerializer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.repository.config.JdbcConfiguration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Data JDBC properties typed by registered interfaces or classes are stored as envelope JSON (text, or
 * {@code jsonb} on PostgreSQL) with no code from the application: the {@link EnvelopeJdbcConverters} go into the
 * {@link JdbcCustomConversions} that Spring Boot's JDBC auto-configuration hands to the mapping context.
 *
 * <p>Spring Boot defines {@code JdbcCustomConversions} only when the application has none, so this one takes its
 * place, with the same dialect conversions. An application that defines its own {@code JdbcCustomConversions}
 * (or its own {@code AbstractJdbcConfiguration}) keeps it: this backs off, and the application can add
 * {@link EnvelopeJdbcConverters#of} to its converters.
 *
 * <p>It applies under the conditions of Spring Boot's own Spring Data JDBC auto-configuration, which provides the
 * dialect: with Spring Data JDBC on the class path but no {@code DataSource} (or with its repositories turned
 * off), both back off.
 */
@AutoConfiguration(after = { ObjectRegistryJacksonAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class }, before = DataJdbcRepositoriesAutoConfiguration.class)
@ConditionalOnClass({ JdbcCustomConversions.class, DataJdbcRepositoriesAutoConfiguration.class })
@ConditionalOnBean({ RegistrySerializer.class, NamedParameterJdbcOperations.class, PlatformTransactionManager.class })
@ConditionalOnBooleanProperty(name = "spring.data.jdbc.repositories.enabled", matchIfMissing = true)
public final class ObjectRegistryDataJdbcAutoConfiguration {

    private static final Log logger = LogFactory.getLog(ObjectRegistryDataJdbcAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    JdbcCustomConversions jdbcCustomConversions(ObjectRegistry registry, RegistrySerializer serializer,
            JdbcDialect dialect) {
        Set<Class<?>> types = RegistryValueTypes.of(registry);
        boolean jsonb = dialect instanceof JdbcPostgresDialect;
        List<GenericConverter> converters = EnvelopeJdbcConverters.of(serializer, types, jsonb);
        if (logger.isDebugEnabled()) {
            logger.debug("Object registry: Spring Data JDBC stores " + types + " as envelopes ("
                    + (jsonb ? "jsonb" : "text") + ")");
        }
        return JdbcConfiguration.createCustomConversions(dialect, List.copyOf(converters));
    }
}
