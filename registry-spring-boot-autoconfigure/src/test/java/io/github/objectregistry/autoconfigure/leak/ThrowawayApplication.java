package io.github.objectregistry.autoconfigure.leak;

import java.io.Closeable;
import java.util.Map;
import java.util.concurrent.Executor;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.web.ObjectRegistryWebAutoConfiguration;
import org.apache.catalina.webresources.TomcatURLStreamHandlerFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web application that {@link RegistryLeakTests} loads in a class loader of its own, as a redeployment or a
 * DevTools restart does, and that serves its requests on threads it does not own. Only JDK types cross
 * between the two class loaders.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ObjectRegistryAutoConfiguration.class,
        ObjectRegistryWebAutoConfiguration.class })
@Import(ThrowawayApplication.DepthController.class)
public class ThrowawayApplication {

    /**
     * Starts the application on a random port.
     * @param requestThreads where Tomcat runs the requests: threads that outlive the application
     * @param exposed receives the {@code port} and the context's {@code registry}
     * @return the running context, to close
     */
    public static Closeable start(Executor requestThreads, Map<String, Object> exposed) {
        // Tomcat would make its URL handler factory the JVM's, once: a server's job, not an application's.
        TomcatURLStreamHandlerFactory.disable();
        AnnotationConfigServletWebServerApplicationContext context =
                new AnnotationConfigServletWebServerApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("throwaway",
                Map.of("server.port", "0", "object-registry.scan.enabled", "false")));
        // Only its execute method, so that closing the context cannot shut the threads down.
        Executor execute = requestThreads::execute;
        context.registerBean("requestThreads", Executor.class, () -> execute);
        context.register(ThrowawayApplication.class);
        context.refresh();
        exposed.put("port", context.getWebServer().getPort());
        exposed.put("registry", context.getBean(ObjectRegistry.class));
        return context;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> externalRequestThreads(Executor requestThreads) {
        return (factory) -> factory
            .addConnectorCustomizers((connector) -> connector.getProtocolHandler().setExecutor(requestThreads));
    }

    @RestController
    static class DepthController {

        private final ObjectRegistry registry;

        DepthController(ObjectRegistry registry) {
            this.registry = registry;
        }

        @GetMapping("/scope-depth")
        String depth() {
            return String.valueOf(this.registry.scopeDepth());
        }
    }
}
