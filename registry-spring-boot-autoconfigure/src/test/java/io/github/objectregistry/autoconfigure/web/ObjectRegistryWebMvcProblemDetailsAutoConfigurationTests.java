package io.github.objectregistry.autoconfigure.web;

import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which beans answer refused request bodies in Spring MVC, and every way they back off. */
class ObjectRegistryWebMvcProblemDetailsAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryWebMvcProblemDetailsAutoConfiguration.class, WebMvcAutoConfiguration.class));

    @Test
    void servletApplicationGetsTheProblemDetailsButKeepsBootsErrorHandlingOtherwise() {
        this.runner.run((context) -> assertThat(context).hasSingleBean(EnvelopeProblemDetails.class)
            .hasSingleBean(EnvelopeErrorWebMvcConfigurer.class)
            .doesNotHaveBean(ResponseEntityExceptionHandler.class));
    }

    @Test
    void withBootsProblemDetailsTheRegistrysHandlerTakesThePlaceOfBoots() {
        this.runner.withPropertyValues("spring.mvc.problemdetails.enabled=true")
            .run((context) -> assertThat(context).getBean(ResponseEntityExceptionHandler.class)
                .isInstanceOf(EnvelopeProblemDetailsExceptionHandler.class));
    }

    @Test
    void backsOffWhenDisabled() {
        this.runner.withPropertyValues("object-registry.web.problem-details.enabled=false",
                "spring.mvc.problemdetails.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class)
                .doesNotHaveBean(EnvelopeErrorWebMvcConfigurer.class)
                .doesNotHaveBean(EnvelopeProblemDetailsExceptionHandler.class)
                .hasSingleBean(ResponseEntityExceptionHandler.class));
    }

    @Test
    void backsOffOutsideServletApplications() {
        AutoConfigurations configurations = AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryWebMvcProblemDetailsAutoConfiguration.class);
        new ApplicationContextRunner().withConfiguration(configurations)
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
        new ReactiveWebApplicationContextRunner().withConfiguration(configurations)
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWithoutSpringMvc() {
        this.runner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWithoutJackson() {
        this.runner.withClassLoader(new FilteredClassLoader(JacksonException.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWithoutARegistry() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryWebMvcProblemDetailsAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(EnvelopeProblemDetails.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheProblemDetails() {
        this.runner.withUserConfiguration(UserProblemDetails.class)
            .run((context) -> assertThat(context).getBean(EnvelopeProblemDetails.class)
                .isSameAs(context.getBean("myProblemDetails")));
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheConfigurer() {
        this.runner.withUserConfiguration(UserConfigurer.class)
            .run((context) -> assertThat(context).getBean(EnvelopeErrorWebMvcConfigurer.class)
                .isSameAs(context.getBean("myConfigurer")));
    }

    @Test
    void backsOffWhenTheApplicationHasItsOwnResponseEntityExceptionHandler() {
        this.runner.withPropertyValues("spring.mvc.problemdetails.enabled=true")
            .withUserConfiguration(UserAdvice.class)
            .run((context) -> assertThat(context).getBean(ResponseEntityExceptionHandler.class)
                .isInstanceOf(UserAdvice.class));
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

    @ControllerAdvice
    static class UserAdvice extends ResponseEntityExceptionHandler {
    }
}
