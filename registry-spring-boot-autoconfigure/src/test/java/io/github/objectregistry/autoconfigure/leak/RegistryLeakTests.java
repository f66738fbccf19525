package io.github.objectregistry.autoconfigure.leak;

import java.io.Closeable;
import java.io.File;
import java.lang.ref.WeakReference;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pooled request thread outlives the application that it served, as Tomcat's threads outlive a redeployed
 * web application and a server's threads outlive a DevTools restart. Once the application's context is
 * closed, the thread must pin neither the context's registry nor the class loader that loaded the
 * application: the request filter leaves nothing of the registry in the thread's {@code ThreadLocal}.
 */
class RegistryLeakTests {

    private static final int REQUESTS = 3;

    @Test
    void pooledRequestThreadPinsNeitherTheRegistryNorTheClassLoaderOnceTheContextIsClosed() throws Exception {
        AtomicReference<Thread> pooledThread = new AtomicReference<>();
        // Created here, by the test's class loader, so that nothing of the application is in its context.
        ThreadPoolExecutor requestThreads = new ThreadPoolExecutor(1, 1, 1, TimeUnit.HOURS,
                new LinkedBlockingQueue<>(), (task) -> {
                    Thread thread = new Thread(task, "pooled-request-thread");
                    thread.setDaemon(true);
                    thread.setContextClassLoader(RegistryLeakTests.class.getClassLoader());
                    pooledThread.set(thread);
                    return thread;
                });
        requestThreads.prestartAllCoreThreads();
        try {
            Leftovers leftovers = serveRequestsThenClose(requestThreads);
            forgetTheLastRecordTypeAdaptedByTheJdk();
            awaitCollected(leftovers);
            assertThat(leftovers.registry().get()).as("the closed context's registry").isNull();
            assertThat(leftovers.classLoader().get()).as("the class loader of the closed application").isNull();
            assertThat(pooledThread.get().isAlive()).as("the pooled request thread").isTrue();
            assertThat(requestThreads.getCompletedTaskCount()).isGreaterThanOrEqualTo(REQUESTS);
        }
        finally {
            requestThreads.shutdownNow();
        }
    }

    /**
     * Runs the application in a class loader of its own, sends it requests and closes it. Kept apart from the
     * test method so that no local variable of the test holds anything of the application.
     */
    private static Leftovers serveRequestsThenClose(Executor requestThreads) throws Exception {
        Thread current = Thread.currentThread();
        ClassLoader testLoader = current.getContextClassLoader();
        try (URLClassLoader throwaway = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader())) {
            Map<String, Object> exposed = new HashMap<>();
            current.setContextClassLoader(throwaway);
            Closeable context = (Closeable) throwaway.loadClass(ThrowawayApplication.class.getName())
                .getMethod("start", Executor.class, Map.class)
                .invoke(null, requestThreads, exposed);
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < REQUESTS; i++) {
                    HttpResponse<String> response = client.send(HttpRequest
                        .newBuilder(URI.create("http://localhost:" + exposed.get("port") + "/scope-depth"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.body()).as("scope depth while handling a request").isEqualTo("1");
                }
            }
            finally {
                context.close();
                current.setContextClassLoader(testLoader);
            }
            Object drivers = throwaway.loadClass(ThrowawayApplication.class.getName())
                .getMethod("deregisterJdbcDrivers")
                .invoke(null);
            System.out.println("JDBC drivers of the closed application taken out of DriverManager: " + drivers);
            // Tomcat hands a request thread back with the loader of Tomcat's own classes as its context class
            // loader. Here Tomcat was loaded with the application; in a real server it belongs to the server.
            // Undo that step of Tomcat's: what is under test is what the registry leaves on the thread.
            CompletableFuture.runAsync(() -> Thread.currentThread().setContextClassLoader(testLoader),
                    requestThreads).get(10, TimeUnit.SECONDS);
            return new Leftovers(new WeakReference<>(exposed.get("registry")), new WeakReference<>(throwaway));
        }
    }

    /** The test's class path, which holds the application, Spring Boot, Tomcat and the registry alike. */
    private static URL[] testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map((entry) -> {
                try {
                    return new File(entry).toURI().toURL();
                }
                catch (java.net.MalformedURLException ex) {
                    throw new IllegalStateException(ex);
                }
            })
            .toArray(URL[]::new);
    }

    /**
     * The JDK, not the registry, keeps the last type that the method handles behind every record's
     * {@code hashCode} and {@code equals} ({@code ObjectMethods.OBJECTS_HASHCODE} and {@code OBJECTS_EQUALS})
     * were adapted to: here, a record loaded with the application, such as Spring Boot's
     * {@code ValueObjectBinder.ValueObject.CacheKey} and its {@code ParameterNameDiscoverer} component. JDK 17
     * keeps it strongly ({@code MethodHandle.asTypeCache}). Later JDKs keep a type of a class loader other than
     * the JDK's built-in ones softly ({@code MethodHandle.asTypeSoftCache}), which no {@code System.gc()} clears
     * short of running out of memory. Adapting them once more, to a record of a class loader of the test's own,
     * lets go of it in either cache.
     */
    private static void forgetTheLastRecordTypeAdaptedByTheJdk() throws Exception {
        try (URLClassLoader probeLoader = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> probeType = probeLoader.loadClass(Probe.class.getName());
            Constructor<?> probe = probeType.getDeclaredConstructor(probeType);
            probe.setAccessible(true);
            Object one = probe.newInstance((Object) null);
            assertThat(one.hashCode()).isEqualTo(one.hashCode());
            assertThat(one.equals(probe.newInstance((Object) null))).isTrue();
        }
    }

    /** Its component is of its own type, so that its {@code hashCode} and {@code equals} name its class loader. */
    private record Probe(Probe next) {
    }

    /** Collects garbage until both are gone, for at most 20 seconds. */
    private static void awaitCollected(Leftovers leftovers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((leftovers.registry().get() != null || leftovers.classLoader().get() != null)
                && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private record Leftovers(WeakReference<Object> registry, WeakReference<ClassLoader> classLoader) {
    }
}
