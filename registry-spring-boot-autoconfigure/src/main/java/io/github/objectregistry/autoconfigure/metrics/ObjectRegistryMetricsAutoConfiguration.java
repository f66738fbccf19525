package io.github.objectregistry.autoconfigure.metrics;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.RegistrationSources;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Meters of the {@link ObjectRegistry} when the application has Micrometer and a {@link MeterRegistry}: refused
 * reads, repaired scope leaks, registered names ({@link ObjectRegistryMetrics}), visible at
 * {@code /actuator/metrics}. Backs off when the application defines its own {@link ObjectRegistryMetrics}.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class,
        afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ ObjectRegistry.class, MeterRegistry.class })
public final class ObjectRegistryMetricsAutoConfiguration {

    private static final Log logger = LogFactory.getLog(ObjectRegistryMetricsAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    ObjectRegistryMetrics objectRegistryMetrics(ObjectRegistry registry, ObjectProvider<RegistrationSources> sources,
            MeterRegistry meters) {
        logger.debug("Object registry: counting refused reads and repaired scope leaks in " + meters);
        return new ObjectRegistryMetrics(registry, sources.getIfAvailable(RegistrationSources::new), meters);
    }
}
