package io.github.objectregistry.autoconfigure;

import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.autoconfigure.fixtures.gap.GapApplication;
import io.github.objectregistry.autoconfigure.fixtures.gap.Tariff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A scanned class with a gap in its migration chain stops startup with Boot's report, naming the missing step. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigMigrationStartupTests {

    private static final String MISSING_STEP = "Cannot register class " + Tariff.class.getName() + ": it is at "
            + "version 3 but has no migration from version 2 to 3, so documents written at version 2 could not be read.";

    @Test
    void aGapInTheChainFailsStartupWithDescriptionAndAction() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class))
            .withUserConfiguration(GapPackage.class)
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new RegistrationFailureAnalyzer(null)
                    .analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).startsWith(MISSING_STEP);
                assertThat(analysis.getAction()).isEqualTo("Add a static method to Tariff annotated "
                        + "@ConfigMigration(from = 2) that takes the version-2 config as an ObjectNode and returns the "
                        + "version-3 config.");
                assertThat(analysis.getCause()).isInstanceOf(RegistrationException.class);
            });
    }

    @Test
    void aGapInTheChainStopsABootApplicationWithTheFailureReport(CapturedOutput output) {
        SpringApplication application = new SpringApplication(GapApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatExceptionOfType(Exception.class).isThrownBy(application::run);
        String report = output.getOut().substring(output.getOut().indexOf("APPLICATION FAILED TO START"));
        assertThat(report).contains(MISSING_STEP)
            .contains("This happened while registering the @RegisterSerializable classes found by the scan.")
            .contains("Action:")
            .contains("@ConfigMigration(from = 2)");
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Tariff.class)
    static class GapPackage {
    }
}
