package io.github.objectregistry.autoconfigure;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beans the starter adds that Spring must create while it is still registering bean post-processors (advisors,
 * bind-handler advisors) are infrastructure: an application with a post-processor of its own, such as the one
 * Boot's Micrometer auto-configuration defines, starts without Spring warning that they are "not eligible for
 * getting processed by all BeanPostProcessors".
 */
@ExtendWith(OutputCaptureExtension.class)
class EarlyBeansTests {

    @Test
    void starterBeansAreNotReportedAsIneligibleForPostProcessing(CapturedOutput output) {
        ClassLoader classLoader = getClass().getClassLoader();
        Class<?>[] starter = ImportCandidates.load(AutoConfiguration.class, classLoader)
            .getCandidates()
            .stream()
            .filter((name) -> name.startsWith("io.github.objectregistry."))
            .map((name) -> ClassUtils.resolveClassName(name, classLoader))
            .toArray(Class<?>[]::new);
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, JacksonAutoConfiguration.class))
            .withConfiguration(AutoConfigurations.of(starter))
            .withUserConfiguration(ApplicationPostProcessor.class)
            .withPropertyValues("object-registry.scan.enabled=false")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context).hasBean("withCustomObjectsAdvisor").hasBean("objectRegistryBindHandlerAdvisor");
            });
        assertThat(Arrays.stream(output.getAll().split("\\R")).filter((line) -> line.contains("not eligible")))
            .as("Spring's warnings about beans created before every post-processor")
            .noneMatch((line) -> line.contains("bjectRegistry") || line.contains("withCustomObjects"));
    }

    /** An application's post-processor registered after the auto-proxy creator, as Micrometer's is. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties
    static class ApplicationPostProcessor {

        @Bean
        static BeanPostProcessor applicationPostProcessor() {
            return new BeanPostProcessor() {
            };
        }
    }
}
