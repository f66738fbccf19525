package io.github.objectregistry.autoconfigure;

import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The startup report names the bean whose registration failed, not a bean that merely depended on it. */
class RegistrationFailureAnalyzerTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class))
        .withPropertyValues("object-registry.scan.enabled=false");

    @Test
    void reportNamesTheInnermostBeanOfADependencyChain() {
        this.runner.withUserConfiguration(ControllerNeedingBadActivation.class).run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new RegistrationFailureAnalyzer(null).analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("'act>bad'")
                .contains("This happened while creating the bean 'relu'.")
                .doesNotContain("'modelController'")
                .doesNotContain("'activations'");
        });
    }

    @Test
    void sameClassUnderASecondNameAdvisesAnAliasAndNotTheReplacePolicy() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register("shapes", "Square", Square.class);
        Throwable failure = catchThrowable(() -> registry.register("shapes", "Box", Square.class));
        FailureAnalysis analysis = new RegistrationFailureAnalyzer(null)
            .analyze(new BeanCreationException("objectRegistry", "Registration failed", failure));
        assertThat(analysis.getDescription()).contains("already registered as 'shapes>Square'");
        assertThat(analysis.getAction()).contains("aliases = {\"shapes>Box\"}")
            .doesNotContain("on-conflict")
            .doesNotContain("REPLACE");
    }

    @Test
    void nameTakenByAnotherClassOffersTheReplacePropertyOnce() {
        ObjectRegistry registry = new ObjectRegistry();
        registry.register("shapes", "Square", Square.class);
        Throwable failure = catchThrowable(() -> registry.register("shapes", "Square", Circle.class));
        FailureAnalysis analysis = new RegistrationFailureAnalyzer(null)
            .analyze(new BeanCreationException("objectRegistry", "Registration failed", failure));
        assertThat(analysis.getAction()).endsWith("or set object-registry.on-conflict=replace if the later one should win.")
            .doesNotContain("ConflictPolicy");
    }

    record Square(double side) {
    }

    record Circle(double radius) {
    }

    @Configuration(proxyBeanMethods = false)
    static class ControllerNeedingBadActivation {

        @Bean
        ModelController modelController(Activations activations) {
            return new ModelController(activations);
        }

        @Bean
        Activations activations(DoubleUnaryOperator relu) {
            return new Activations(relu);
        }

        @Bean
        @RegisterSerializable("act>bad")
        DoubleUnaryOperator relu() {
            return (x) -> Math.max(0, x);
        }
    }

    record Activations(DoubleUnaryOperator relu) {
    }

    record ModelController(Activations activations) {
    }
}
