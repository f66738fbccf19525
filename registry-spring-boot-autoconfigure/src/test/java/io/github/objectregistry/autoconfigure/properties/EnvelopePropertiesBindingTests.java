package io.github.objectregistry.autoconfigure.properties;

import java.util.List;
import java.util.Map;

import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.jackson.ObjectRegistryJacksonAutoConfiguration;
import io.github.objectregistry.autoconfigure.storage.Discount;
import io.github.objectregistry.autoconfigure.storage.PricingRule;
import io.github.objectregistry.autoconfigure.storage.Surcharge;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @ConfigurationProperties} values typed by a registered interface bind from envelopes. */
class EnvelopePropertiesBindingTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryJacksonAutoConfiguration.class, ObjectRegistryPropertiesBindingAutoConfiguration.class))
        .withUserConfiguration(PricingConfiguration.class)
        .withPropertyValues("object-registry.scan.base-packages=io.github.objectregistry.autoconfigure.storage");

    @Test
    void singleListAndMapBindFromEnvelopesWithRelaxedKeys() {
        this.runner.withPropertyValues("pricing.rule.registered-name=pricing>Discount", "pricing.rule.config.percent=5",
                "pricing.rules[0].className=Surcharge", "pricing.rules[0].module=pricing",
                "pricing.rules[0].config.amount=2", "pricing.rules[1].registered_name=pricing>Discount",
                "pricing.rules[1].config.percent=1", "pricing.by-region.eu.registered-name=pricing>Surcharge",
                "pricing.by-region.eu.config.amount=3")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                Pricing pricing = context.getBean(Pricing.class);
                assertThat(pricing.rule()).isEqualTo(new Discount(5));
                assertThat(pricing.rules()).containsExactly(new Surcharge(2), new Discount(1));
                assertThat(pricing.byRegion()).containsExactly(Map.entry("eu", new Surcharge(3)));
            });
    }

    @Test
    void configVersionWrittenAsTextInPropertiesIsReadAsAWholeNumber() {
        this.runner.withPropertyValues("pricing.rule.registered-name=pricing>Discount", "pricing.rule.config-version=1",
                "pricing.rule.config.percent=5")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(Pricing.class).rule()).isEqualTo(new Discount(5));
            });
    }

    @Test
    void unknownNameFailsStartupWithAReportNamingThePropertyTheNameAndSuggestions() {
        this.runner.withPropertyValues("pricing.rule.registered-name=pricing>Discont", "pricing.rule.config.percent=5")
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new EnvelopeBindingFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("'pricing.rule'").contains("pricing>Discont")
                    .contains("UNKNOWN_NAME").doesNotContain("No location information");
                assertThat(analysis.getAction()).contains("pricing>Discount").contains("pricing.rule.registered-name")
                    .contains("@RegisterSerializable");
            });
    }

    @Test
    void markerFailsStartup() {
        this.runner.withPropertyValues("pricing.rules[0].class-name=__lambda__", "pricing.rules[0].config.code=x")
            .run((context) -> {
                FailureAnalysis analysis = new EnvelopeBindingFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("'pricing.rules[0]'").contains("MARKER");
                assertThat(analysis.getAction()).contains("never resolved");
            });
    }

    @Test
    void wrongTypeFailsStartup() {
        this.runner.withPropertyValues("pricing.other.registered-name=pricing>Discount",
                "pricing.other.config.percent=1")
            .run((context) -> {
                FailureAnalysis analysis = new EnvelopeBindingFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("'pricing.other'").contains("TYPE_MISMATCH");
            });
    }

    @Test
    void propertiesOfOtherTypesBindAsWithoutTheStarter() {
        this.runner.withPropertyValues("pricing.label=plain").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Pricing.class).label()).isEqualTo("plain");
            assertThat(context.getBean(Pricing.class).rule()).isNull();
        });
    }

    @ConfigurationProperties("pricing")
    record Pricing(String label, PricingRule rule, List<PricingRule> rules, Map<String, PricingRule> byRegion,
            Surcharge other) {
    }

    @EnableConfigurationProperties(Pricing.class)
    static class PricingConfiguration {
    }
}
