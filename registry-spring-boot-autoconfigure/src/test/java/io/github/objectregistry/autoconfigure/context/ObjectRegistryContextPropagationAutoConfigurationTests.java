package io.github.objectregistry.autoconfigure.context;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.ThreadLocalAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

import static org.assertj.core.api.Assertions.assertThat;

/** The accessor's registration with the JVM's {@link ContextRegistry}, per context, and its conditions. */
class ObjectRegistryContextPropagationAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                ObjectRegistryContextPropagationAutoConfiguration.class))
        .withPropertyValues("object-registry.scan.enabled=false");

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopPool() {
        this.pool.shutdownNow();
    }

    @Test
    void registersAnAccessorForTheContextsRegistry() {
        this.runner.run((context) -> {
            ScopeSnapshotAccessor accessor = context.getBean(ScopeSnapshotAccessor.class);
            assertThat(registeredKeys()).contains(accessor.key());
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            try (CustomObjectScope scope = registry.customObjectScope(Map.of("pricing>Discount", "spring-sale"))) {
                ScopeSnapshot captured = accessor.getValue();
                assertThat(registry.getRegisteredObject("pricing>Discount", captured, null)).isEqualTo("spring-sale");
            }
            assertThat(accessor.getValue()).isNull();
        });
    }

    @Test
    void defaultContextSnapshotCarriesTheScopeToAnotherThreadAndLeavesItClean() {
        this.runner.run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            Callable<Object> lookup;
            try (CustomObjectScope scope = registry.customObjectScope(Map.of("pricing>Discount", "spring-sale"))) {
                lookup = ContextSnapshotFactory.builder().build().captureAll()
                    .wrap(() -> registry.getRegisteredObject("pricing>Discount"));
            }
            assertThat(onPool(lookup)).isEqualTo("spring-sale");
            assertThat(onPool(registry::hasThreadState)).isFalse();
        });
    }

    @Test
    void springsContextPropagatingTaskDecoratorCarriesTheScope() {
        this.runner.run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            Object[] seen = new Object[1];
            Runnable task;
            try (CustomObjectScope scope = registry.customObjectScope(Map.of("pricing>Discount", "spring-sale"))) {
                task = new ContextPropagatingTaskDecorator()
                    .decorate(() -> seen[0] = registry.getRegisteredObject("pricing>Discount"));
            }
            this.pool.submit(task).get(10, TimeUnit.SECONDS);
            assertThat(seen[0]).isEqualTo("spring-sale");
            assertThat(onPool(registry::hasThreadState)).isFalse();
        });
    }

    @Test
    void twoContextsInOneJvmEachCarryTheirOwnRegistrysScopes() {
        this.runner.run((first) -> this.runner.run((second) -> {
            ObjectRegistry firstRegistry = first.getBean(ObjectRegistry.class);
            ObjectRegistry secondRegistry = second.getBean(ObjectRegistry.class);
            assertThat(first.getBean(ScopeSnapshotAccessor.class).key())
                .isNotEqualTo(second.getBean(ScopeSnapshotAccessor.class).key());
            assertThat(registeredKeys()).contains(first.getBean(ScopeSnapshotAccessor.class).key(),
                    second.getBean(ScopeSnapshotAccessor.class).key());
            Callable<String> lookups;
            try (CustomObjectScope one = firstRegistry.customObjectScope(Map.of("name", "first"));
                    CustomObjectScope two = secondRegistry.customObjectScope(Map.of("name", "second"))) {
                lookups = ContextSnapshotFactory.builder().build().captureAll()
                    .wrap(() -> firstRegistry.getRegisteredObject("name") + " " + secondRegistry.getRegisteredObject("name"));
            }
            assertThat(onPool(lookups)).isEqualTo("first second");
        }));
    }

    @Test
    void closingTheContextRemovesItsAccessor() {
        ConfigurableApplicationContext[] closed = new ConfigurableApplicationContext[1];
        String[] key = new String[1];
        this.runner.run((context) -> {
            closed[0] = context;
            key[0] = context.getBean(ScopeSnapshotAccessor.class).key();
            assertThat(registeredKeys()).contains(key[0]);
        });
        assertThat(closed[0].isActive()).isFalse();
        assertThat(registeredKeys()).doesNotContain(key[0]);
    }

    @Test
    void backsOffWhenSwitchedOff() {
        // Contexts cached by other test classes in this JVM may have registered accessors of their own.
        List<String> before = registeredKeys();
        this.runner.withPropertyValues("object-registry.propagation.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(ScopeSnapshotAccessor.class);
            assertThat(registeredKeys()).isEqualTo(before);
        });
    }

    @Test
    void registersTheApplicationsOwnAccessorInsteadOfCreatingOne() {
        this.runner.withUserConfiguration(OwnAccessor.class).run((context) -> {
            assertThat(context).hasSingleBean(ScopeSnapshotAccessor.class);
            assertThat(context.getBean(ScopeSnapshotAccessor.class)).isSameAs(OwnAccessor.accessor);
            assertThat(registeredKeys()).contains(OwnAccessor.accessor.key());
        });
    }

    @Test
    void registryWorksWithoutContextPropagationOnTheClasspath() {
        this.runner.withClassLoader(new FilteredClassLoader(ContextRegistry.class)).run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(ObjectRegistry.class);
            assertThat(context).doesNotHaveBean(ScopeSnapshotAccessor.class);
        });
    }

    private static List<String> registeredKeys() {
        return ContextRegistry.getInstance().getThreadLocalAccessors().stream()
            .map(ThreadLocalAccessor::key)
            .map(String::valueOf)
            .toList();
    }

    private <T> T onPool(Callable<T> task) throws Exception {
        return this.pool.submit(task).get(10, TimeUnit.SECONDS);
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnAccessor {

        static final ScopeSnapshotAccessor accessor = new ScopeSnapshotAccessor(new ObjectRegistry());

        @Bean
        ScopeSnapshotAccessor myAccessor() {
            return accessor;
        }
    }
}
