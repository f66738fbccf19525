package io.github.objectregistry.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.NativeDetector;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Loads the classes that the start-up indexes list on a background thread as soon as the environment is ready,
 * as Spring Boot's {@code BackgroundPreinitializer} does for its own classes: the context is still being built
 * when the registry asks for them, and a thousand first loads are the largest part of registering them in a
 * fresh JVM. Registered through {@code META-INF/spring.factories}, since it must run before the context exists.
 *
 * <p>It only saves time, never decides anything: classes are loaded but not initialized (no static initializer
 * runs early), a class that cannot be loaded is skipped here and reported by the registry, which still loads
 * and checks every class itself. It does nothing when {@code object-registry.scan.enabled},
 * {@code object-registry.scan.use-index} or {@code object-registry.scan.preload} is {@code false}, with no
 * index on the classpath, on a single processor, or in a native image (where nothing is loaded at run time), and
 * once per class loader.
 */
public class RegisteredTypesPreloader implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Log logger = LogFactory.getLog(RegisteredTypesPreloader.class);

    /** The class loaders already preloaded; weak, so that a closed application's loader can go. */
    private static final Map<ClassLoader, Boolean> preloaded = new WeakHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ClassLoader classLoader = event.getSpringApplication().getClassLoader();
        if (isWanted(event.getEnvironment()) && Runtime.getRuntime().availableProcessors() > 1) {
            start(classLoader);
        }
    }

    /** Whether the properties and the platform ask for the indexes' classes. */
    static boolean isWanted(Environment environment) {
        return !NativeDetector.inNativeImage()
                && environment.getProperty("object-registry.scan.enabled", Boolean.class, true)
                && environment.getProperty("object-registry.scan.use-index", Boolean.class, true)
                && environment.getProperty("object-registry.scan.preload", Boolean.class, true);
    }

    /**
     * Starts loading the listed classes on a daemon thread, unless no index lists any or the loader had its turn.
     * @param classLoader the application's class loader
     * @return the thread, or {@code null} when there is nothing to do
     */
    static Thread start(ClassLoader classLoader) {
        synchronized (preloaded) {
            if (preloaded.put(classLoader, Boolean.TRUE) != null) {
                return null;
            }
        }
        try {
            List<String> names = RegisteredTypesIndex.load(classLoader).allTypes();
            if (names.isEmpty()) {
                return null;
            }
            Thread thread = new Thread(() -> preload(names, classLoader), "object-registry-preload");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }
        catch (RuntimeException | LinkageError ex) {
            // Never fails the start: an unreadable index is the registry's to report, in its own words, and a
            // linkage error (mixed versions of this jar on the class path) is not this optimisation's to raise.
            logger.debug("Object registry: not preloading the indexed classes", ex);
            return null;
        }
    }

    /**
     * Loads the classes, without initializing them.
     * @return how many could be loaded
     */
    static int preload(List<String> names, ClassLoader classLoader) {
        long start = System.nanoTime();
        int loaded = 0;
        for (String name : names) {
            try {
                ClassUtils.forName(name, classLoader);
                loaded++;
            }
            catch (ClassNotFoundException | LinkageError | RuntimeException ex) {
                // Skipped: the registry loads every class again and names what is wrong with this one.
            }
        }
        if (logger.isDebugEnabled()) {
            logger.debug("Object registry: preloaded " + loaded + " of the " + names.size() + " indexed classes in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return loaded;
    }
}
