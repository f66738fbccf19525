package io.github.objectregistry.autoconfigure.leak;

import java.io.Closeable;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /**
     * Takes the JDBC drivers of this application's class loader out of {@link DriverManager}, as a servlet
     * container does when it undeploys a web application (Tomcat's {@code JdbcLeakPrevention}). The drivers on
     * the class path (H2 and PostgreSQL, for the storage tests) register themselves with the JDK's
     * {@code DriverManager} when it loads them, through the thread's context class loader: if that first happens
     * while this application runs, the drivers are this class loader's, and a static list of the JDK's holds it
     * for good. (Without the drivers on the class path the test passes without this step.) That is the JDK's and
     * the drivers' doing, not the registry's, and this application never opens a connection. It must run in this
     * class loader: {@code DriverManager} lets only a caller that can see a driver's class deregister it.
     * @return the drivers deregistered
     */
    public static List<String> deregisterJdbcDrivers() throws SQLException {
        List<String> deregistered = new ArrayList<>();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == ThrowawayApplication.class.getClassLoader()) {
                DriverManager.deregisterDriver(driver);
                deregistered.add(driver.getClass().getName());
            }
        }
        return deregistered;
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
