package io.github.objectregistry.autoconfigure.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.context.ObjectRegistryContextPropagationAutoConfiguration;
import io.micrometer.context.ContextSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tasks on the executors and schedulers Spring Boot builds run under the submitter's scopes, next to the
 * application's own decorators and Boot's context propagation, and leave the pool's threads clean.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObjectRegistryTaskExecutionAutoConfigurationTests {

    private static final String DISCOUNT = "pricing>Discount";

    private static final int POOL_SIZE = 2;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class,
                TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
                ObjectRegistryContextPropagationAutoConfiguration.class,
                ObjectRegistryTaskExecutionAutoConfiguration.class))
        .withPropertyValues("object-registry.scan.enabled=false",
                "spring.task.execution.pool.core-size=" + POOL_SIZE);

    @Test
    void taskOnTheApplicationTaskExecutorRunsUnderTheSubmittersScopeAndLeavesItsThreadClean() {
        this.runner.run(ObjectRegistryTaskExecutionAutoConfigurationTests::assertPoolTaskSeesTheScopeAndLeavesNothing);
    }

    @Test
    void withoutMicrometersContextPropagationTasksStillRunUnderTheSubmittersScope() {
        this.runner.withClassLoader(new FilteredClassLoader(ContextSnapshot.class))
            .run(ObjectRegistryTaskExecutionAutoConfigurationTests::assertPoolTaskSeesTheScopeAndLeavesNothing);
    }

    @Test
    void taskThatFailsWithAScopeLeftOpenLeavesNothingOnItsThread(CapturedOutput output) {
        this.runner.run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
            Future<?> underScope;
            Future<?> withoutScope = executor.submit(() -> failLeavingAScope(registry));
            try (CustomObjectScope scope = registry.customObjectScope(Map.of("other", "value"))) {
                underScope = executor.submit(() -> failLeavingAScope(registry));
            }
            assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> underScope.get(10, TimeUnit.SECONDS))
                .withMessageContaining("failed halfway");
            assertThatExceptionOfType(ExecutionException.class)
                .isThrownBy(() -> withoutScope.get(10, TimeUnit.SECONDS));
            assertThat(PooledThreads.dirty(executor, POOL_SIZE, registry, DISCOUNT)).isEmpty();
            // The task that ran under a snapshot is reported by the core, through System.Logger.
            assertThat(output).contains("Closed 1 custom object scope(s) left open by a task on thread");
        });
    }

    @Test
    void cancelledTaskRestoresItsThread() {
        this.runner.run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
            CountDownLatch started = new CountDownLatch(1);
            Future<?> blocked;
            try (CustomObjectScope scope = registry.customObjectScope(Map.of(DISCOUNT, "spring-sale"))) {
                blocked = executor.submit(() -> {
                    registry.customObjectScope(Map.of("leaky", "from-cancelled-task"));
                    started.countDown();
                    Thread.sleep(60_000);
                    return null;
                });
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            blocked.cancel(true);
            assertThat(PooledThreads.dirty(executor, POOL_SIZE, registry, DISCOUNT)).isEmpty();
        });
    }

    @Test
    void applicationsOwnDecoratorStillAppliesAndRunsInsideTheSubmittersScope() {
        this.runner.withUserConfiguration(OwnDecoratorConfiguration.class).run((context) -> {
            assertPoolTaskSeesTheScopeAndLeavesNothing(context);
            assertThat(context.getBean(OwnDecoratorConfiguration.class).seenAroundTasks).contains("spring-sale");
        });
    }

    @Test
    void applicationThatInjectsItsOneTaskDecoratorByTypeStillGetsIt() {
        this.runner.withUserConfiguration(OwnDecoratorConfiguration.class, InjectsOneDecorator.class)
            .run((context) -> assertThat(context).hasNotFailed()
                .getBean("injected")
                .isSameAs(context.getBean("ownDecorator")));
    }

    @Test
    void withBootsContextPropagationBothDecoratorsApplyAndTheThreadGetsBackExactlyItsOwnScope() {
        this.runner.withPropertyValues("spring.task.execution.propagate-context=true").run((context) -> {
            assertThat(context).hasSingleBean(ContextPropagatingTaskDecorator.class)
                .hasSingleBean(ScopeSnapshotTaskDecorator.class);
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            // Boot's own builder, with both decorators combined as Boot combines them, running on this thread.
            SimpleAsyncTaskExecutor inline = context.getBean(SimpleAsyncTaskExecutorBuilder.class)
                .build(InlineTaskExecutor.class);
            try (CustomObjectScope own = registry.customObjectScope(Map.of(DISCOUNT, "own"))) {
                AtomicReference<Object> seen = new AtomicReference<>();
                inline.execute(() -> {
                    registry.getCustomObjects().put(DISCOUNT, "changed-by-task");
                    registry.customObjectScope(Map.of("leaky", "left-open"));
                    seen.set(registry.getRegisteredObject(DISCOUNT));
                    assertThatIllegalStateException().isThrownBy(own::close);
                });
                assertThat(seen.get()).isEqualTo("changed-by-task");
                assertThat(registry.scopeDepth()).isEqualTo(1);
                assertThat(registry.getRegisteredObject(DISCOUNT)).isEqualTo("own");
                assertThat(registry.getRegisteredObject("leaky")).isNull();
                assertThat(own.isClosed()).isFalse();
            }
            assertThat(registry.scopeDepth()).isZero();
            assertPoolTaskSeesTheScopeAndLeavesNothing(context);
        });
    }

    @Test
    void taskScheduledOnTheAutoConfiguredSchedulerRunsUnderTheScopeItWasScheduledIn() {
        this.runner.withUserConfiguration(SchedulingConfiguration.class).run((context) -> {
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            TaskScheduler scheduler = context.getBean(TaskScheduler.class);
            CompletableFuture<Object> seen = new CompletableFuture<>();
            try (CustomObjectScope scope = registry.customObjectScope(Map.of(DISCOUNT, "spring-sale"))) {
                scheduler.schedule(() -> seen.complete(registry.getRegisteredObject(DISCOUNT)),
                        Instant.now().plusMillis(50));
            }
            assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("spring-sale");
        });
    }

    @Test
    void withPropagationOffATaskSeesNothingOfTheSubmittersScope() {
        this.runner.withPropertyValues("object-registry.propagation.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(ScopeSnapshotTaskDecorator.class);
            ObjectRegistry registry = context.getBean(ObjectRegistry.class);
            ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
            try (CustomObjectScope scope = registry.customObjectScope(Map.of(DISCOUNT, "spring-sale"))) {
                assertThat(executor.submit(() -> String.valueOf(registry.getRegisteredObject(DISCOUNT))).get())
                    .isEqualTo("null");
            }
        });
    }

    private static void assertPoolTaskSeesTheScopeAndLeavesNothing(AssertableApplicationContext context)
            throws Exception {
        ObjectRegistry registry = context.getBean(ObjectRegistry.class);
        ThreadPoolTaskExecutor executor = context.getBean(ThreadPoolTaskExecutor.class);
        try (CustomObjectScope scope = registry.customObjectScope(Map.of(DISCOUNT, "spring-sale"))) {
            assertThat(executor.submit(() -> registry.getRegisteredObject(DISCOUNT)).get()).isEqualTo("spring-sale");
        }
        assertThat(PooledThreads.dirty(executor, POOL_SIZE, registry, DISCOUNT)).isEmpty();
    }

    private static Object failLeavingAScope(ObjectRegistry registry) {
        registry.customObjectScope(Map.of("leaky", "from-failed-task"));
        throw new IllegalStateException("task failed halfway");
    }

    /** Runs each task on the thread that submits it, after Boot's decorators. */
    public static class InlineTaskExecutor extends SimpleAsyncTaskExecutor {

        @Override
        protected void doExecute(Runnable task) {
            task.run();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDecoratorConfiguration {

        final List<Object> seenAroundTasks = new CopyOnWriteArrayList<>();

        /** What an application's decorator sees of the registry before it runs the task. */
        @Bean
        TaskDecorator ownDecorator(ObjectRegistry registry) {
            return (task) -> () -> {
                this.seenAroundTasks.add(String.valueOf(registry.getRegisteredObject(DISCOUNT)));
                task.run();
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class InjectsOneDecorator {

        @Bean
        Object injected(TaskDecorator decorator) {
            return decorator;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class SchedulingConfiguration {
    }
}
