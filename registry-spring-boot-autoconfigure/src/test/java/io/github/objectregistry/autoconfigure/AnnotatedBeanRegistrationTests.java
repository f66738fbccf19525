package io.github.objectregistry.autoconfigure;

import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.autoconfigure.fixtures.both.Hexagon;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.CustomScopeConfigurer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.support.SimpleThreadScope;
import org.springframework.web.context.annotation.RequestScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only singleton beans are registered as instances; a class that the scan registers stays one registration
 * when a {@code @Bean} method also returns an instance of it.
 */
class AnnotatedBeanRegistrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class));

    @Test
    void prototypeBeanFailsStartupWithAReportSayingOnlySingletonsAreRegistered() {
        this.runner.withUserConfiguration(PrototypeActivation.class).run((context) -> {
            FailureAnalysis analysis = failureAnalysis(context);
            assertThat(analysis.getDescription()).contains("bean 'relu'")
                .contains("scope 'prototype'")
                .contains("only singleton beans are registered as instances");
            assertThat(analysis.getAction()).contains("Make 'relu' a singleton")
                .contains("remove @RegisterSerializable");
        });
    }

    @Test
    void prototypeBeanFailsStartupEvenWhenNothingAsksForIt() {
        this.runner.withUserConfiguration(PrototypeActivation.class)
            .run((context) -> assertThat(context).hasFailed());
    }

    @Test
    void requestScopedBeanFailsStartup() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class))
            .withUserConfiguration(RequestScopedActivation.class)
            .run((context) -> assertThat(failureAnalysis(context).getDescription()).contains("bean 'relu'")
                .contains("scope 'request'"));
    }

    @Test
    void beanOfACustomScopeSuchAsRefreshFailsStartup() {
        this.runner.withUserConfiguration(RefreshScopedActivation.class)
            .run((context) -> assertThat(failureAnalysis(context).getDescription()).contains("bean 'relu'")
                .contains("scope 'refresh'"));
    }

    @Test
    void classFoundByTheScanAndReturnedByABeanMethodIsOneRegistration() {
        this.runner.withUserConfiguration(TestPackages.HexagonApp.class, HexagonBean.class).run((context) -> {
            assertThat(context).hasNotFailed();
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry.getRegistrations()).singleElement()
                .satisfies((registration) -> assertThat(registration.target()).isSameAs(Hexagon.class));
            assertThat(registry.isRegistered(context.getBean(Hexagon.class))).isFalse();
        });
    }

    @Test
    void beanMethodAnnotationRegistersTheInstanceEvenWhenItsClassIsScanned() {
        this.runner.withUserConfiguration(TestPackages.HexagonApp.class, NamedHexagonBean.class).run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry.getRegisteredObject("both>Hexagon")).isSameAs(Hexagon.class);
            assertThat(registry.getRegisteredObject("both>unitHexagon")).isSameAs(context.getBean("unitHexagon"));
        });
    }

    private static FailureAnalysis failureAnalysis(ApplicationContextAssertProvider<?> context) {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class);
        return new RegistrationFailureAnalyzer(null).analyze(context.getStartupFailure());
    }

    @Configuration(proxyBeanMethods = false)
    static class PrototypeActivation {

        @Bean
        @Scope(BeanDefinition.SCOPE_PROTOTYPE)
        @RegisterSerializable("act")
        DoubleUnaryOperator relu() {
            return (x) -> Math.max(0, x);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RequestScopedActivation {

        @Bean
        @RequestScope
        @RegisterSerializable("act")
        DoubleUnaryOperator relu() {
            return (x) -> Math.max(0, x);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RefreshScopedActivation {

        @Bean
        static CustomScopeConfigurer refreshScope() {
            CustomScopeConfigurer configurer = new CustomScopeConfigurer();
            configurer.addScope("refresh", new SimpleThreadScope());
            return configurer;
        }

        @Bean
        @Scope("refresh")
        @RegisterSerializable("act")
        DoubleUnaryOperator relu() {
            return (x) -> Math.max(0, x);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HexagonBean {

        @Bean
        Hexagon unitHexagon() {
            return new Hexagon(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NamedHexagonBean {

        @Bean
        @RegisterSerializable("both")
        Hexagon unitHexagon() {
            return new Hexagon(1);
        }
    }
}
