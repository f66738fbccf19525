package io.github.objectregistry.autoconfigure.metrics;

import java.util.ArrayList;
import java.util.List;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.RegistrationSources;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.json.RegistrySerializer;
import io.github.objectregistry.json.UnknownNameException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** With Micrometer: refused reads by reason and declared type, names and registrations, observed serializer calls. */
class ObjectRegistryMetricsAutoConfigurationTests {

    private static final String UNKNOWN = "{\"class_name\": \"Circel\", \"registered_name\": \"shapes>Circel\", "
            + "\"config\": {\"radius\": 1}}";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class, JacksonAutoConfiguration.class,
                ObjectRegistryMetricsAutoConfiguration.class, ObjectRegistryObservationAutoConfiguration.class))
        .withUserConfiguration(ShapesApp.class);

    @Test
    void refusedReadsAreCountedByReasonAndDeclaredTypeNeverByInput() {
        this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            RegistrySerializer serializer = context.getBean(RegistrySerializer.class);
            assertThatExceptionOfType(UnknownNameException.class)
                .isThrownBy(() -> mapper.readValue(UNKNOWN, Shapes.Shape.class));
            assertThatExceptionOfType(UnknownNameException.class)
                .isThrownBy(() -> serializer.fromJson(UNKNOWN, Shapes.Shape.class));
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get(ObjectRegistryMetrics.REFUSED_READS).tag("reason", "unknown_name")
                .tag("type", Shapes.Shape.class.getName()).counter().count()).isEqualTo(2);
            assertThat(meters.find(ObjectRegistryMetrics.REFUSED_READS).meters()).hasSize(1)
                .allSatisfy((meter) -> assertThat(meter.getId().getTags().toString()).doesNotContain("Circel"));
        });
    }

    @Test
    void gaugesCountNamesAndRegistrationsBySource() {
        this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            int scanned = registry.getRegistrations().size();
            assertThat(scanned).isPositive();
            assertThat(meters.get(ObjectRegistryMetrics.REGISTRATIONS).tag("source", "scan").gauge().value())
                .isEqualTo(scanned);
            registry.register("ops", "manual", new Object(), "ops>alias");
            assertThat(meters.get(ObjectRegistryMetrics.REGISTRATIONS).tag("source", "manual").gauge().value())
                .isEqualTo(1);
            assertThat(meters.get(ObjectRegistryMetrics.NAMES).gauge().value())
                .isEqualTo(registry.getRegistrations().stream().mapToInt((r) -> 1 + r.aliases().size()).sum())
                .isGreaterThanOrEqualTo(scanned + 2);
        });
    }

    @Test
    void serializerReadsAndWritesAreObserved() {
        List<String> observed = new ArrayList<>();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName() + " " + context.getLowCardinalityKeyValue("operation").getValue()
                        + " " + context.getLowCardinalityKeyValue("type").getValue()
                        + ((context.getError() != null) ? " failed" : ""));
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        this.runner.withBean(ObservationRegistry.class, () -> observations).run((context) -> {
            RegistrySerializer serializer = context.getBean(RegistrySerializer.class);
            serializer.fromJson(serializer.toJson(new Shapes.Circle(2)), Shapes.Shape.class);
            assertThatExceptionOfType(UnknownNameException.class)
                .isThrownBy(() -> serializer.fromJson(UNKNOWN, Shapes.Shape.class));
            assertThat(observed).containsExactly(
                    "objectregistry.serializer write " + Shapes.Circle.class.getName(),
                    "objectregistry.serializer read " + Shapes.Shape.class.getName(),
                    "objectregistry.serializer read " + Shapes.Shape.class.getName() + " failed");
        });
    }

    @Test
    void backsOffForTheApplicationsOwnMetrics() {
        this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withUserConfiguration(OwnMetrics.class)
            .run((context) -> assertThat(context).getBean(ObjectRegistryMetrics.class)
                .isSameAs(context.getBean(OwnMetrics.class).metrics));
    }

    @Test
    void noMeterRegistryNoMetricsAndNoObservationRegistryNoObserver() {
        this.runner.run((context) -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(ObjectRegistryMetrics.class)
            .doesNotHaveBean(RegistrySerializerObservations.class)
            .hasSingleBean(RegistrySerializer.class));
    }

    @Test
    void applicationWithoutMicrometerStarts() {
        this.runner.withClassLoader(new FilteredClassLoader("io.micrometer"))
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(ObjectRegistryMetrics.class)
                .hasSingleBean(JsonMapper.class));
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Shapes.class)
    static class ShapesApp {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMetrics {

        ObjectRegistryMetrics metrics;

        @Bean
        ObjectRegistryMetrics ownMetrics(ObjectRegistry registry, MeterRegistry meters) {
            this.metrics = new ObjectRegistryMetrics(registry, new RegistrationSources(), meters);
            return this.metrics;
        }
    }
}
