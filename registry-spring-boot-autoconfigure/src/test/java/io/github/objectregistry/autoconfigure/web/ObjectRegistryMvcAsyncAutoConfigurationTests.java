package io.github.objectregistry.autoconfigure.web;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The interceptor that carries a request's scopes into its {@code Callable}, and how it backs off. */
class ObjectRegistryMvcAsyncAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryMvcAsyncAutoConfiguration.class))
        .withPropertyValues("object-registry.scan.enabled=false");

    @Test
    void registersTheCallableInterceptor() {
        this.runner.run((context) -> assertThat(context).hasSingleBean(CallableScopeInterceptor.class));
    }

    @Test
    void backsOffForTheApplicationsOwnInterceptor() {
        this.runner.withUserConfiguration(OwnInterceptor.class).run((context) -> assertThat(context)
            .getBean(CallableScopeInterceptor.class)
            .isSameAs(context.getBean(OwnInterceptor.class).interceptor));
    }

    @Test
    void backsOffWhenPropagationIsDisabled() {
        this.runner.withPropertyValues("object-registry.propagation.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(CallableScopeInterceptor.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnInterceptor {

        CallableScopeInterceptor interceptor;

        @Bean
        CallableScopeInterceptor ownCallableScopeInterceptor(ObjectRegistry registry) {
            this.interceptor = new CallableScopeInterceptor(registry);
            return this.interceptor;
        }
    }
}
