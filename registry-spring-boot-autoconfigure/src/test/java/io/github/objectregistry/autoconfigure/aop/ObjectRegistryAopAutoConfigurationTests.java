package io.github.objectregistry.autoconfigure.aop;

import java.util.function.Supplier;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.aop.Greeters.Casual;
import io.github.objectregistry.autoconfigure.aop.Greeters.Greeter;
import io.github.objectregistry.autoconfigure.aop.Greeters.Polite;
import io.github.objectregistry.autoconfigure.aop.Greeters.Seen;
import io.github.objectregistry.autoconfigure.aop.Greeters.TypeAnnotatedGreeter;
import org.aspectj.weaver.Advice;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The aspect inside a real context: proxies, conditions, properties and the startup check of bean names. */
class ObjectRegistryAopAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryAopAutoConfiguration.class, AopAutoConfiguration.class))
        .withPropertyValues("object-registry.scan.enabled=false");

    @Test
    void annotatedBeansAreAdvised() {
        this.runner.withUserConfiguration(GreeterConfig.class).run((context) -> {
            Greeter greeter = context.getBean(Greeter.class);
            assertThat(AopUtils.isAopProxy(greeter)).isTrue();
            assertThat(greeter.annotatedMethod()).isEqualTo(new Seen(Polite.class, 1));
            assertThat(greeter.plainMethod()).isEqualTo(new Seen(Casual.class, 1));
            assertThat(context.getBean(ObjectRegistry.class).scopeDepth()).isZero();
        });
    }

    @Test
    void notAppliedWhenAspectJAutoProxyingIsOffEvenWithTransactionsOn() {
        this.runner.withPropertyValues("spring.aop.auto=false")
            .withUserConfiguration(GreeterConfig.class, Transactions.class)
            .run((context) -> {
                assertThat(context).doesNotHaveBean(WithCustomObjectsAdvisor.class);
                assertThat(AopUtils.isAopProxy(context.getBean(Greeter.class))).isFalse();
            });
    }

    @Test
    void appliedWithTheApplicationsOwnAspectJAutoProxying() {
        this.runner.withPropertyValues("spring.aop.auto=false")
            .withUserConfiguration(GreeterConfig.class, OwnAutoProxying.class)
            .run((context) -> assertThat(context.getBean(Greeter.class).annotatedMethod())
                .isEqualTo(new Seen(Polite.class, 1)));
    }

    @Configuration(proxyBeanMethods = false)
    @org.springframework.transaction.annotation.EnableTransactionManagement
    static class Transactions {

        @Bean
        org.springframework.transaction.PlatformTransactionManager transactionManager() {
            return new org.springframework.transaction.support.AbstractPlatformTransactionManager() {

                @Override
                protected Object doGetTransaction() {
                    return new Object();
                }

                @Override
                protected void doBegin(Object transaction,
                        org.springframework.transaction.TransactionDefinition definition) {
                }

                @Override
                protected void doCommit(org.springframework.transaction.support.DefaultTransactionStatus status) {
                }

                @Override
                protected void doRollback(org.springframework.transaction.support.DefaultTransactionStatus status) {
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @org.springframework.context.annotation.EnableAspectJAutoProxy
    static class OwnAutoProxying {
    }

    @Test
    void beanNamedByTheAnnotationIsInTheScope() {
        this.runner.withUserConfiguration(BeanUser.class).run((context) -> {
            assertThat(context.getBean(BeanUser.class).seen().get()).isSameAs(context.getBean("fastGreeting"));
        });
    }

    @Test
    void missingBeanFailsStartupNamingTheMethodAndTheBean() {
        this.runner.withUserConfiguration(MissingBeanUser.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class)
                .hasMessageContaining("@WithCustomObjects on " + MissingBeanUser.class.getName() + ".seen(..)")
                .hasMessageContaining("names the bean 'noSuchBean'")
                .hasMessageContaining("Define a bean named 'noSuchBean'");
        });
    }

    @Test
    void customObjectBeanOverridesANameForTheCall() {
        this.runner.withUserConfiguration(BeanOverride.class).run((context) -> {
            assertThat(context.getBean(BeanOverride.class).seen().get()).isSameAs(context.getBean("experimental"));
        });
    }

    @Test
    void customObjectWithBothTypeAndBeanFailsStartup() {
        this.runner.withUserConfiguration(AmbiguousCustomObject.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class)
                .hasMessageContaining("@CustomObject(name = \"x\")")
                .hasMessageContaining("gives both a type and a bean")
                .hasMessageContaining("Give exactly one");
        });
    }

    @Test
    void customObjectWithNeitherTypeNorBeanFailsStartup() {
        this.runner.withUserConfiguration(IncompleteCustomObject.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class)
                .hasMessageContaining("@CustomObject(name = \"x\")")
                .hasMessageContaining("gives neither a type nor a bean")
                .hasMessageContaining("Give exactly one");
        });
    }

    @Test
    void customObjectWithABlankNameFailsStartup() {
        this.runner.withUserConfiguration(BlankCustomObjectName.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class)
                .hasMessageContaining("@CustomObject(name = \" \")")
                .hasMessageContaining("has a blank name")
                .hasMessageContaining("Give the registered name to override");
        });
    }

    @Test
    void orderComesFromTheProperty() {
        this.runner.withPropertyValues("object-registry.aop.order=7")
            .run((context) -> assertThat(context.getBean(WithCustomObjectsAdvisor.class).getOrder()).isEqualTo(7));
    }

    @Test
    void backsOffWhenDisabled() {
        this.runner.withPropertyValues("object-registry.aop.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(WithCustomObjectsAdvisor.class)
                .doesNotHaveBean(WithCustomObjectsAspect.class));
    }

    @Test
    void backsOffWithoutAspectJ() {
        this.runner.withClassLoader(new FilteredClassLoader(Advice.class))
            .run((context) -> assertThat(context).doesNotHaveBean(WithCustomObjectsAdvisor.class)
                .doesNotHaveBean(WithCustomObjectsAspect.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheAspect() {
        this.runner.withUserConfiguration(UserAspect.class).run((context) -> {
            assertThat(context).hasSingleBean(WithCustomObjectsAspect.class)
                .doesNotHaveBean(WithCustomObjectsAdvisor.class);
            assertThat(context.getBean(WithCustomObjectsAspect.class).getOrder()).isEqualTo(-1);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheBeanCheck() {
        this.runner.withUserConfiguration(MissingBeanUser.class, NoBeanCheck.class).run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBean(WithCustomObjectsBeanCheck.class).isSameAs(context.getBean("noCheck"));
        });
    }

    @Test
    void backsOffWithoutARegistry() {
        new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(ObjectRegistryAopAutoConfiguration.class, AopAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(WithCustomObjectsAdvisor.class)
                .doesNotHaveBean(WithCustomObjectsBeanCheck.class));
    }

    /** Switches the startup check off, for an application that names beans it defines later. */
    @Configuration(proxyBeanMethods = false)
    static class NoBeanCheck {

        @Bean
        WithCustomObjectsBeanCheck noCheck(ConfigurableListableBeanFactory beanFactory) {
            return new WithCustomObjectsBeanCheck(beanFactory) {

                @Override
                public void afterSingletonsInstantiated() {
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class GreeterConfig {

        @Bean
        Greeter greeter(ObjectRegistry registry) {
            return new TypeAnnotatedGreeter(registry);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BeanUser {

        private final ObjectRegistry registry;

        BeanUser(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Bean
        StringBuilder fastGreeting() {
            return new StringBuilder("hi");
        }

        @WithCustomObjects(beans = "fastGreeting")
        public Supplier<Object> seen() {
            Object inScope = this.registry.getRegisteredObject("fastGreeting");
            return () -> inScope;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BeanOverride {

        private final ObjectRegistry registry;

        BeanOverride(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Bean
        StringBuilder experimental() {
            return new StringBuilder("experimental");
        }

        @WithCustomObjects(objects = @CustomObject(name = "sample>swish", bean = "experimental"))
        public Supplier<Object> seen() {
            Object inScope = this.registry.getRegisteredObject("sample>swish");
            return () -> inScope;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class AmbiguousCustomObject {

        @Bean
        StringBuilder experimental() {
            return new StringBuilder();
        }

        @WithCustomObjects(objects = @CustomObject(name = "x", type = StringBuilder.class, bean = "experimental"))
        public Object seen() {
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class IncompleteCustomObject {

        @WithCustomObjects(objects = @CustomObject(name = "x"))
        public Object seen() {
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BlankCustomObjectName {

        @WithCustomObjects(objects = @CustomObject(name = " ", type = StringBuilder.class))
        public Object seen() {
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MissingBeanUser {

        @WithCustomObjects(beans = "noSuchBean")
        public Object seen() {
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserAspect {

        @Bean
        WithCustomObjectsAspect myAspect(ObjectRegistry registry) {
            return new WithCustomObjectsAspect(registry, null, -1);
        }
    }
}
