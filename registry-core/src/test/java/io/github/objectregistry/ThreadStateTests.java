package io.github.objectregistry;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.objectregistry.Fixtures.MyDense;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4.4: once a thread's last scope is closed at a boundary (the end of a request or a task), nothing of
 * the registry stays in that thread's {@code ThreadLocal}, so pooled threads never pin a discarded registry or
 * its class loader.
 */
class ThreadStateTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void threadThatNeverOpenedAScopeHoldsNoState() {
        this.registry.getRegisteredObject("X");
        assertThat(this.registry.scopeDepth()).isZero();
        assertThat(this.registry.hasThreadState()).isFalse();
    }

    @Test
    void boundaryAtDepthZeroLeavesNoStateOnTheThread() {
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            assertThat(this.registry.hasThreadState()).isTrue();
        }
        this.registry.customObjectScope();
        assertThat(this.registry.closeScopesAbove(0)).isEqualTo(1);
        assertThat(this.registry.hasThreadState()).isFalse();
        assertThat(this.registry.closeScopesAbove(0)).isZero();
    }

    @Test
    void boundaryAboveZeroKeepsTheOuterScopes() {
        try (CustomObjectScope outer = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            this.registry.customObjectScope();
            assertThat(this.registry.closeScopesAbove(1)).isEqualTo(1);
            assertThat(this.registry.hasThreadState()).isTrue();
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
        }
    }

    @Test
    void scopeOpenedAfterABoundaryWorksAsBefore() {
        this.registry.customObjectScope();
        this.registry.closeScopesAbove(0);
        try (CustomObjectScope scope = this.registry.customObjectScope(Map.of("X", MyDense.class))) {
            assertThat(scope.depth()).isEqualTo(1);
            assertThat(this.registry.getRegisteredObject("X")).isSameAs(MyDense.class);
        }
    }

    @Test
    void discardedRegistryAndItsClassLoaderAreCollectedAfterABoundaryOnAPooledThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            List<WeakReference<Object>> discarded = pool.submit(ThreadStateTests::useThrowawayRegistry)
                .get(30, TimeUnit.SECONDS);
            assertThat(Collector.collected(discarded)).as("registry, scoped class and class loader collected").isTrue();
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * Loads this module's classes again in a throwaway class loader, as a redeployed application would, and on
     * the calling pooled thread opens and closes scopes of that copy's registry, then calls the boundary.
     * Returns weak references to the registry, a class put into its scope, and the loader.
     */
    private static List<WeakReference<Object>> useThrowawayRegistry() throws Exception {
        URLClassLoader loader = new URLClassLoader(
                new URL[] { locationOf(ObjectRegistry.class), locationOf(Fixtures.class) },
                ClassLoader.getPlatformClassLoader());
        Class<?> registryType = loader.loadClass(ObjectRegistry.class.getName());
        Class<?> scoped = loader.loadClass(MyDense.class.getName());
        Object registry = registryType.getConstructor().newInstance();
        Method open = registryType.getMethod("customObjectScope", Map[].class);
        Map<?, ?>[] layer = { Map.of("X", scoped) };
        try (AutoCloseable outer = (AutoCloseable) open.invoke(registry, (Object) layer)) {
            ((AutoCloseable) open.invoke(registry, (Object) new Map<?, ?>[0])).close();
        }
        registryType.getMethod("closeScopesAbove", int.class).invoke(registry, 0);
        List<WeakReference<Object>> references = List.of(new WeakReference<>(registry), new WeakReference<>(scoped),
                new WeakReference<>(loader));
        loader.close();
        return references;
    }

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
