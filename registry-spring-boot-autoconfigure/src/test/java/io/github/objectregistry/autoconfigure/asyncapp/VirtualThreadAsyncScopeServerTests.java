package io.github.objectregistry.autoconfigure.asyncapp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The same, when Boot runs the work on virtual threads ({@code SimpleAsyncTaskExecutor}). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.threads.virtual.enabled=true")
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadAsyncScopeServerTests extends AsyncScopeServerContract {

    @Autowired
    private ApplicationContext context;

    @Test
    void applicationTaskExecutorRunsOnVirtualThreads() {
        assertThat(this.context.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME))
            .isInstanceOf(SimpleAsyncTaskExecutor.class);
        assertThat(this.http.get("/task-thread").body()).startsWith("VirtualThread");
    }
}
