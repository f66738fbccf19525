package io.github.objectregistry.autoconfigure.aop;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegistrationException;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @WithCustomObjects} is read from the class that runs a call, never from an interface: on an interface
 * it fails startup with a report saying where to move it, whatever the proxy type, instead of opening an empty
 * scope (JDK proxies) or none at all (class proxies) without a word.
 */
class InterfaceAnnotationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryAopAutoConfiguration.class, AopAutoConfiguration.class))
        .withPropertyValues("object-registry.scan.enabled=false");

    @Test
    void annotationOnAnInterfaceMethodOfAJdkProxiedBeanFailsStartupSayingWhereToMoveIt() {
        this.runner.withPropertyValues("spring.aop.proxy-target-class=false")
            .withUserConfiguration(PricingConfig.class)
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class)
                    .hasMessageContaining("@WithCustomObjects on the interface method " + Pricing.class.getName()
                            + ".price(..), which the bean 'pricing' implements, is never applied")
                    .hasMessageContaining("Move it to " + FlatPricing.class.getName() + ".price(..) or to the class "
                            + FlatPricing.class.getName());
            });
    }

    @Test
    void annotationOnAnInterfaceMethodOfAClassProxiedBeanFailsStartupToo() {
        this.runner.withUserConfiguration(PricingConfig.class).run((context) -> assertThat(context).hasFailed());
    }

    @Test
    void annotationOnAnInterfaceTypeFailsStartup() {
        this.runner.withUserConfiguration(DiscountConfig.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                .hasMessageContaining("@WithCustomObjects on the interface " + Discounts.class.getName())
                .hasMessageContaining("Move it to the class " + HalfPrice.class.getName());
        });
    }

    @Test
    void annotationOnTheImplementationOfAJdkProxiedBeanIsApplied() {
        this.runner.withPropertyValues("spring.aop.proxy-target-class=false")
            .withUserConfiguration(ImplementationAnnotatedConfig.class)
            .run((context) -> {
                Quote quote = context.getBean(Quote.class);
                assertThat(AopUtils.isJdkDynamicProxy(quote)).isTrue();
                assertThat(quote.quote()).isEqualTo("discounted");
            });
    }

    @Test
    void missingBeanNamedByAJdkProxiedBeanFailsStartup() {
        this.runner.withPropertyValues("spring.aop.proxy-target-class=false")
            .withUserConfiguration(MissingBeanQuoteConfig.class)
            .run((context) -> assertThat(context.getStartupFailure()).isInstanceOf(RegistrationException.class)
                .hasMessageContaining("@WithCustomObjects on " + MissingBeanQuote.class.getName() + ".quote(..)")
                .hasMessageContaining("names the bean 'noSuchBean'"));
    }

    interface Pricing {

        @WithCustomObjects(objects = @CustomObject(name = "pricing", type = String.class))
        String price();
    }

    static class FlatPricing implements Pricing {

        @Override
        public String price() {
            return "flat";
        }
    }

    @WithCustomObjects(objects = @CustomObject(name = "pricing", type = String.class))
    interface Discounts {

        String discount();
    }

    static class HalfPrice implements Discounts {

        @Override
        public String discount() {
            return "half";
        }
    }

    interface Quote {

        String quote();
    }

    static class ScopedQuote implements Quote {

        private final ObjectRegistry registry;

        ScopedQuote(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        @WithCustomObjects(objects = @CustomObject(name = "pricing", type = StringBuilder.class))
        public String quote() {
            return (this.registry.getRegisteredObject("pricing") == StringBuilder.class) ? "discounted" : "plain";
        }
    }

    static class MissingBeanQuote implements Quote {

        @Override
        @WithCustomObjects(beans = "noSuchBean")
        public String quote() {
            return "never called";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MissingBeanQuoteConfig {

        @Bean
        Quote quote() {
            return new MissingBeanQuote();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PricingConfig {

        @Bean
        Pricing pricing() {
            return new FlatPricing();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DiscountConfig {

        @Bean
        Discounts discounts() {
            return new HalfPrice();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ImplementationAnnotatedConfig {

        @Bean
        Quote quote(ObjectRegistry registry) {
            return new ScopedQuote(registry);
        }
    }
}
