package io.github.objectregistry.autoconfigure.web;

import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.web.reactive.EnvelopeErrorWebExceptionHandler;
import io.github.objectregistry.autoconfigure.web.reactive.ReactiveEnvelopeProblemDetailsExceptionHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which beans answer refused request bodies in Spring MVC and WebFlux, and every way they back off. */
class ObjectRegistryProblemDetailsAutoConfigurationTests {

    private final WebApplicationContextRunner mvc = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryProblemDetailsAutoConfiguration.class, WebMvcAutoConfiguration.class));

    private final ReactiveWebApplicationContextRunner webFlux = new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryProblemDetailsAutoConfiguration.class, WebFluxAutoConfiguration.class,
                ErrorWebFluxAutoConfiguration.class));

    @Test
    void mvcApplicationGetsTheResolverButKeepsBootsErrorHandlingOtherwise() {
        this.mvc.run((context) -> assertThat(context).hasSingleBean(EnvelopeProblemDetails.class)
            .hasSingleBean(EnvelopeErrorWebMvcConfigurer.class)
            .doesNotHaveBean(EnvelopeErrorWebExceptionHandler.class)
            .doesNotHaveBean(ResponseEntityExceptionHandler.class));
    }

    @Test
    void webFluxApplicationGetsTheHandlerJustBeforeBootsErrorHandler() {
        this.webFlux.run((context) -> {
            assertThat(context).hasSingleBean(EnvelopeProblemDetails.class)
                .doesNotHaveBean(EnvelopeErrorWebMvcConfigurer.class)
                .doesNotHaveBean(ReactiveEnvelopeProblemDetailsExceptionHandler.class);
            assertThat(context.getBean(EnvelopeErrorWebExceptionHandler.class).getOrder()).isEqualTo(-2);
        });
    }

    @Test
    void withBootsProblemDetailsTheRegistrysHandlerTakesThePlaceOfBoots() {
        this.mvc.withPropertyValues("spring.mvc.problemdetails.enabled=true")
            .run((context) -> assertThat(context).getBean(ResponseEntityExceptionHandler.class)
                .isInstanceOf(EnvelopeProblemDetailsExceptionHandler.class));
        this.webFlux.withPropertyValues("spring.webflux.problemdetails.enabled=true")
            .run((context) -> assertThat(context.getBeansWithAnnotation(ControllerAdvice.class).values())
                .singleElement()
                .isInstanceOf(ReactiveEnvelopeProblemDetailsExceptionHandler.class));
    }

    @Test
    void backsOffWhenTheApplicationHasItsOwnResponseEntityExceptionHandler() {
        this.mvc.withPropertyValues("spring.mvc.problemdetails.enabled=true")
            .withUserConfiguration(UserAdvice.class)
            .run((context) -> assertThat(context).getBean(ResponseEntityExceptionHandler.class)
                .isInstanceOf(UserAdvice.class));
        this.webFlux.withPropertyValues("spring.webflux.problemdetails.enabled=true")
            .withUserConfiguration(ReactiveUserAdvice.class)
            .run((context) -> assertThat(context).hasSingleBean(ReactiveUserAdvice.class)
                .doesNotHaveBean(ReactiveEnvelopeProblemDetailsExceptionHandler.class));
    }

    @Test
    void backsOffWhenDisabledLeavingBootsProblemDetails() {
        this.mvc.withPropertyValues("object-registry.web.problem-details.enabled=false",
                "spring.mvc.problemdetails.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class)
                .doesNotHaveBean(EnvelopeErrorWebMvcConfigurer.class)
                .doesNotHaveBean(EnvelopeProblemDetailsExceptionHandler.class)
                .hasSingleBean(ResponseEntityExceptionHandler.class));
        this.webFlux.withPropertyValues("object-registry.web.problem-details.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeErrorWebExceptionHandler.class));
    }

    @Test
    void backsOffOutsideWebApplications() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                    ObjectRegistryProblemDetailsAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWithoutTheWebFramework() {
        this.mvc.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeErrorWebMvcConfigurer.class));
        this.webFlux.withClassLoader(new FilteredClassLoader(DispatcherHandler.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeErrorWebExceptionHandler.class));
    }

    @Test
    void backsOffWithoutJackson() {
        this.mvc.withClassLoader(new FilteredClassLoader(JacksonException.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
        this.webFlux.withClassLoader(new FilteredClassLoader(JacksonException.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWithoutARegistry() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryProblemDetailsAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheProblemDetails() {
        this.mvc.withUserConfiguration(UserProblemDetails.class)
            .run((context) -> assertThat(context).getBean(EnvelopeProblemDetails.class)
                .isSameAs(context.getBean("myProblemDetails")));
        this.webFlux.withUserConfiguration(UserProblemDetails.class)
            .run((context) -> assertThat(context).getBean(EnvelopeProblemDetails.class)
                .isSameAs(context.getBean("myProblemDetails")));
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheMvcConfigurerOrTheWebExceptionHandler() {
        this.mvc.withUserConfiguration(UserConfigurer.class)
            .run((context) -> assertThat(context).getBean(EnvelopeErrorWebMvcConfigurer.class)
                .isSameAs(context.getBean("myConfigurer")));
        this.webFlux.withUserConfiguration(UserHandler.class)
            .run((context) -> assertThat(context).getBean(EnvelopeErrorWebExceptionHandler.class)
                .isSameAs(context.getBean("myHandler")));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserProblemDetails {

        @Bean
        EnvelopeProblemDetails myProblemDetails() {
            return new EnvelopeProblemDetails();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserConfigurer {

        @Bean
        EnvelopeErrorWebMvcConfigurer myConfigurer() {
            return new EnvelopeErrorWebMvcConfigurer(new EnvelopeProblemDetails());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserHandler {

        @Bean
        EnvelopeErrorWebExceptionHandler myHandler(ServerCodecConfigurer codecs) {
            return new EnvelopeErrorWebExceptionHandler(new EnvelopeProblemDetails(), codecs);
        }
    }

    @ControllerAdvice
    static class UserAdvice extends ResponseEntityExceptionHandler {
    }

    @ControllerAdvice
    static class ReactiveUserAdvice
            extends org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler {
    }
}
