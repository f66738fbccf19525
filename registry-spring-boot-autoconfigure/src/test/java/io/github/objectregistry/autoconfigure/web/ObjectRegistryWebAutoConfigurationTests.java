package io.github.objectregistry.autoconfigure.web;

import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The request-scope filter's conditions and properties. */
class ObjectRegistryWebAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryWebAutoConfiguration.class));

    @Test
    void servletApplicationGetsTheFilterEarlyInTheChain() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(CustomObjectScopeFilter.class);
            assertThat(context.getBean(CustomObjectScopeFilter.class).getOrder())
                .isEqualTo(Ordered.HIGHEST_PRECEDENCE + 100);
        });
    }

    @Test
    void filterOrderComesFromTheProperty() {
        this.runner.withPropertyValues("object-registry.web.request-scope.order=5")
            .run((context) -> assertThat(context.getBean(CustomObjectScopeFilter.class).getOrder()).isEqualTo(5));
    }

    @Test
    void backsOffWhenDisabled() {
        this.runner.withPropertyValues("object-registry.web.request-scope.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(CustomObjectScopeFilter.class));
    }

    @Test
    void backsOffOutsideWebApplications() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                    ObjectRegistryWebAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(CustomObjectScopeFilter.class));
    }

    @Test
    void backsOffWithoutSpringWeb() {
        this.runner.withClassLoader(new FilteredClassLoader(OncePerRequestFilter.class))
            .run((context) -> assertThat(context).doesNotHaveBean(CustomObjectScopeFilter.class));
    }

    @Test
    void requestCustomObjectsReturningNullFailsTheRequestNamingTheBeanAndTheFix() {
        this.runner.withUserConfiguration(NullObjects.class).run((context) -> {
            CustomObjectScopeFilter filter = context.getBean(CustomObjectScopeFilter.class);
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/models");
            assertThatIllegalStateException()
                .isThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain()))
                .withMessage("The RequestCustomObjects bean 'tenantObjects' returned null for GET /models. Return "
                        + "an empty map, Map.of(), when it has nothing to add for a request.");
        });
    }

    @Test
    void backsOffWithoutARegistry() {
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryWebAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(CustomObjectScopeFilter.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesTheFilter() {
        this.runner.withUserConfiguration(UserFilter.class).run((context) -> {
            assertThat(context).hasSingleBean(CustomObjectScopeFilter.class);
            assertThat(context.getBean(CustomObjectScopeFilter.class).getOrder()).isEqualTo(3);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserFilter {

        @Bean
        CustomObjectScopeFilter myFilter(ObjectRegistry registry) {
            return new CustomObjectScopeFilter(registry, Map.of("none", (request) -> Map.of()), 3, true);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NullObjects {

        @Bean
        RequestCustomObjects tenantObjects() {
            return (request) -> null;
        }
    }
}
