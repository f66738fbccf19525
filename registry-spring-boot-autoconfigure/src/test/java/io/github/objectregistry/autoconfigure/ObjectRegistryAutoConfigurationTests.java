package io.github.objectregistry.autoconfigure;

import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.ConflictPolicy;
import io.github.objectregistry.DuplicateRegistrationException;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import io.github.objectregistry.RegisterSerializable;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.autoconfigure.RegistrationSources.Source;
import io.github.objectregistry.autoconfigure.fixtures.bad.BadApplication;
import io.github.objectregistry.autoconfigure.fixtures.bad.NotRebuildable;
import io.github.objectregistry.autoconfigure.fixtures.conflict.Clash;
import io.github.objectregistry.autoconfigure.fixtures.extra.Triangle;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The registry bean, scanning, bean registration, conflicts and the failure report. */
@ExtendWith(OutputCaptureExtension.class)
class ObjectRegistryAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class));

    @Test
    void createsOneRegistryPerContextNeverTheGlobalOne() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(ObjectRegistry.class);
            assertThat(context.getBean(ObjectRegistry.class)).isNotSameAs(ObjectRegistry.global());
        });
    }

    @Test
    void twoContextsInOneJvmShareNoEntries() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class).run((first) -> this.runner.run((second) -> {
            assertThat(first.getBean(ObjectRegistry.class).getRegisteredObject("shapes>Circle")).isNotNull();
            assertThat(second.getBean(ObjectRegistry.class).getRegisteredObject("shapes>Circle")).isNull();
        }));
    }

    @Test
    void backsOffWhenTheApplicationDefinesARegistryAndStillFillsIt() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class, UserRegistry.class).run((context) -> {
            assertThat(context).hasSingleBean(ObjectRegistry.class);
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry).isSameAs(context.getBean(UserRegistry.class).registry);
            assertThat(registry.getRegisteredObject("shapes>Circle")).isSameAs(Shapes.Circle.class);
        });
    }

    @Test
    void scansTheApplicationPackageForAnnotatedClasses() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class).run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry.getRegisteredObject("shapes>Circle")).isSameAs(Shapes.Circle.class);
            assertThat(registry.getRegisteredObject("shapes>Box")).isSameAs(Shapes.Square.class);
            assertThat(registry.getRegisteredObject("shapes>Square")).isSameAs(Shapes.Square.class);
            assertThat(context.getBean(RegistrationSources.class).getSource("shapes>Circle")).isEqualTo(Source.SCAN);
        });
    }

    @Test
    void springComponentsAreNotScannedAsClasses() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class).run((context) -> {
            assertThat(context.getBean(RegisteredTypes.class).getTypeNames())
                .doesNotContain(Shapes.Painter.class.getName())
                .contains(Shapes.Circle.class.getName());
            assertThat(context.getBean(ObjectRegistry.class).getRegisteredObject("shapes>Painter")).isNull();
        });
    }

    @Test
    void scansPackagesNamedByObjectRegistryScan() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class, TestPackages.ExtraScan.class)
            .run((context) -> {
                ObjectRegistry registry = context.getBean(ObjectRegistry.class);
                assertThat(registry.getRegisteredObject("extra>Triangle")).isSameAs(Triangle.class);
                assertThat(registry.getRegisteredObject("shapes>Circle")).isSameAs(Shapes.Circle.class);
            });
    }

    @Test
    void scansPackagesNamedByTheProperty() {
        this.runner.withPropertyValues("object-registry.scan.base-packages=" + Triangle.class.getPackageName())
            .run((context) -> assertThat(context.getBean(ObjectRegistry.class).getRegisteredObject("extra>Triangle"))
                .isSameAs(Triangle.class));
    }

    @Test
    void scanCanBeSwitchedOff() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class)
            .withPropertyValues("object-registry.scan.enabled=false")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(RegisteredTypes.class);
                assertThat(context.getBean(ObjectRegistry.class).getRegistrations()).isEmpty();
            });
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheRegisteredTypes() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class, FixedTypes.class).run((context) -> {
            assertThat(context).hasSingleBean(RegisteredTypes.class);
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry.getRegisteredObject("extra>Triangle")).isSameAs(Triangle.class);
            assertThat(registry.getRegisteredObject("shapes>Circle")).isNull();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheRegistrationSources() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class, UserSources.class).run((context) -> {
            assertThat(context).getBean(RegistrationSources.class).isSameAs(context.getBean("mySources"));
            assertThat(context.getBean(UserSources.class).sources.getSource("shapes>Circle")).isEqualTo(Source.SCAN);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheRegisteringBeanPostProcessor() {
        this.runner.withUserConfiguration(TestPackages.ShapesApp.class, ScannedClassesOnly.class, PainterBean.class)
            .run((context) -> {
                assertThat(context).getBean(RegisteringBeanPostProcessor.class)
                    .isInstanceOf(ScannedClassesOnly.Registering.class);
                ObjectRegistry registry = context.getBean(ObjectRegistry.class);
                assertThat(registry.getRegisteredObject("shapes>Circle")).isSameAs(Shapes.Circle.class);
                assertThat(registry.getRegisteredObject("shapes>painter")).isNull();
            });
    }

    @Test
    void logsHowManyClassesWereRegisteredAtInfoAndEachNameOnceAtDebug(CapturedOutput output) {
        SpringApplication application = new SpringApplication(LoggingApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application
            .run("--logging.level.io.github.objectregistry=debug")) {
            assertThat(output).contains("Object registry: registered 2 @RegisterSerializable classes found in ["
                    + Shapes.class.getPackageName() + "]");
            assertThat(output.toString().split("as 'shapes>Circle'", -1)).as("DEBUG lines naming shapes>Circle")
                .hasSize(2);
        }
    }

    @Test
    void annotatedBeanClassIsRegisteredAsInstanceUnderItsBeanName() {
        this.runner.withUserConfiguration(PainterBean.class).run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry.getRegisteredObject("shapes>painter")).isSameAs(context.getBean("painter"));
            assertThat(context.getBean(RegistrationSources.class).getSource("shapes>painter")).isEqualTo(Source.BEAN);
        });
    }

    @Test
    void annotatedBeanMethodIsRegisteredAsInstanceUnderTheNameItGives() {
        this.runner.withUserConfiguration(ActivationBeans.class).run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            assertThat(registry.getRegisteredObject("math>double")).isSameAs(context.getBean("doubler"));
            assertThat(registry.getRegisteredObject("math>negate")).isSameAs(context.getBean("negate"));
            assertThat(registry.getRegisteredName(context.getBean("negate"))).isEqualTo("math>negate");
        });
    }

    @Test
    void conflictingClassesFailStartupWithAReportNamingBoth() {
        this.runner.withUserConfiguration(TestPackages.ClashApp.class).run((context) -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).rootCause().isInstanceOf(DuplicateRegistrationException.class);
            FailureAnalysis analysis = new RegistrationFailureAnalyzer(null).analyze(failure);
            assertThat(analysis.getDescription()).contains("'clash>Same'")
                .contains("Clash$First")
                .contains("Clash$Second")
                .contains("while creating the bean 'objectRegistry'");
            assertThat(analysis.getAction()).contains("set object-registry.on-conflict=replace");
        });
    }

    @Test
    void replaceConflictPolicyLetsTheLaterRegistrationWin() {
        this.runner.withUserConfiguration(TestPackages.ClashApp.class)
            .withPropertyValues("object-registry.on-conflict=replace")
            .run((context) -> {
                ObjectRegistry registry = context.getBean(ObjectRegistry.class);
                assertThat(registry.getConflictPolicy()).isEqualTo(ConflictPolicy.REPLACE);
                // Scanned classes are registered in name order, so Second comes later and takes the name.
                assertThat(registry.getRegisteredObject("clash>Same")).isEqualTo(Clash.Second.class);
                assertThat(registry.getRegisteredName(Clash.Second.class)).isEqualTo("clash>Same");
                assertThat(registry.isRegistered(Clash.First.class)).isFalse();
                assertThat(registry.getRegistrations()).extracting(Registration::name).containsOnlyOnce("clash>Same");
            });
    }

    @Test
    void classThatCannotBeRegisteredFailsStartupWithDescriptionAndAction() {
        this.runner.withUserConfiguration(TestPackages.BadApp.class).run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new RegistrationFailureAnalyzer(null).analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("Cannot register interface "
                    + "io.github.objectregistry.autoconfigure.fixtures.bad.NotRebuildable: it is an interface");
            assertThat(analysis.getAction()).startsWith("Register its concrete implementations");
            assertThat(analysis.getCause()).isInstanceOf(RegistrationException.class);
        });
    }

    @Test
    void badRegistrationStopsABootApplicationWithTheFailureReport(CapturedOutput output) {
        SpringApplication application = new SpringApplication(BadApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatExceptionOfType(Exception.class).isThrownBy(application::run);
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("Cannot register interface " + NotRebuildable.class.getName())
            .contains("Action:")
            .contains("Register its concrete implementations instead");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ObjectRegistryAutoConfiguration.class)
    @Import(TestPackages.ShapesApp.class)
    static class LoggingApp {
    }

    @Test
    void nameClashInTheScanIsReportedAsTheScanWithTheReplaceProperty(CapturedOutput output) {
        SpringApplication application = new SpringApplication(ClashingApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatExceptionOfType(Exception.class).isThrownBy(application::run);
        String report = output.getOut().substring(output.getOut().indexOf("APPLICATION FAILED TO START"));
        assertThat(report).contains("This happened while registering the @RegisterSerializable classes found by the scan.")
            .doesNotContain("while creating the bean 'objectRegistry'");
        assertThat(report.substring(report.indexOf("Action:"))).contains(
                "remove one registration, or set object-registry.on-conflict=replace if the later one should win.")
            .doesNotContain("ConflictPolicy");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ObjectRegistryAutoConfiguration.class)
    @Import(TestPackages.ClashApp.class)
    static class ClashingApp {
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRegistry {

        final ObjectRegistry registry = new ObjectRegistry();

        @Bean
        ObjectRegistry myRegistry() {
            return this.registry;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSources {

        final RegistrationSources sources = new RegistrationSources();

        @Bean
        RegistrationSources mySources() {
            return this.sources;
        }
    }

    /** An application that wants the scanned classes registered, but none of its beans. */
    @Configuration(proxyBeanMethods = false)
    static class ScannedClassesOnly {

        @Bean
        static RegisteringBeanPostProcessor registeringScannedClassesOnly() {
            return new Registering();
        }

        static class Registering extends RegisteringBeanPostProcessor {

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return (bean instanceof ObjectRegistry) ? super.postProcessAfterInitialization(bean, beanName) : bean;
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedTypes {

        @Bean
        RegisteredTypes myTypes() {
            return RegisteredTypes.of(Triangle.class.getName());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PainterBean {

        @Bean
        Shapes.Painter painter() {
            return new Shapes.Painter();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ActivationBeans {

        @Bean
        @RegisterSerializable(value = "math", name = "double")
        DoubleUnaryOperator doubler() {
            return (x) -> 2 * x;
        }

        @Bean
        @RegisterSerializable("math")
        DoubleUnaryOperator negate() {
            return (x) -> -x;
        }
    }
}
