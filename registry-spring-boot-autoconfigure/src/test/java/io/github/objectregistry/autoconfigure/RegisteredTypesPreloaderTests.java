package io.github.objectregistry.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.objectregistry.autoconfigure.preload.PreloadFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background preloading of indexed classes: it loads what the indexes list on a daemon thread, initializes
 * nothing, shrugs off classes that are gone, and stays away when the properties, or the absence of an index,
 * say so. Each test uses a class loader of its own, so nothing it loads was loaded before.
 */
class RegisteredTypesPreloaderTests {

    private static final String MISSING = "com.example.gone.NoSuchClass";

    @TempDir
    Path indexRoot;

    @Test
    void loadsTheIndexedClassesOnADaemonThreadWithoutInitializingThem() throws Exception {
        writeIndex(MISSING, PreloadFixture.class.getName());
        try (TrackingClassLoader loader = new TrackingClassLoader(this.indexRoot)) {
            assertThat(loader.isLoaded(PreloadFixture.class.getName())).isFalse();
            Thread thread = RegisteredTypesPreloader.start(loader);
            assertThat(thread).isNotNull();
            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).isEqualTo("object-registry-preload");
            thread.join(30_000);
            assertThat(loader.isLoaded(PreloadFixture.class.getName())).isTrue();
            assertThat(System.getProperty(PreloadFixture.INITIALIZED)).isNull();
        }
    }

    @Test
    void aListedClassThatIsGoneIsSkippedAndTheRestLoad() throws Exception {
        writeIndex(MISSING, PreloadFixture.class.getName());
        try (TrackingClassLoader loader = new TrackingClassLoader(this.indexRoot)) {
            assertThat(RegisteredTypesPreloader.preload(List.of(MISSING, PreloadFixture.class.getName()), loader))
                .isEqualTo(1);
            assertThat(loader.isLoaded(PreloadFixture.class.getName())).isTrue();
        }
    }

    @Test
    void eachClassLoaderIsPreloadedOnce() throws Exception {
        writeIndex(PreloadFixture.class.getName());
        try (TrackingClassLoader loader = new TrackingClassLoader(this.indexRoot)) {
            RegisteredTypesPreloader.start(loader).join(30_000);
            assertThat(RegisteredTypesPreloader.start(loader)).isNull();
        }
    }

    @Test
    void withoutAnIndexNothingStarts() throws Exception {
        try (TrackingClassLoader loader = new TrackingClassLoader(this.indexRoot)) {
            assertThat(RegisteredTypesPreloader.start(loader)).isNull();
        }
    }

    @Test
    void anUnreadableIndexIsLeftToTheRegistryToReport() throws Exception {
        Files.createDirectory(this.indexRoot.resolve(RegisteredTypesIndex.LOCATION));
        try (TrackingClassLoader loader = new TrackingClassLoader(this.indexRoot)) {
            assertThat(RegisteredTypesPreloader.start(loader)).isNull();
        }
    }

    @Test
    void thePropertiesThatTurnOffTheIndexOrTheScanTurnOffPreloading() {
        assertThat(RegisteredTypesPreloader.isWanted(new MockEnvironment())).isTrue();
        for (String property : List.of("object-registry.scan.enabled", "object-registry.scan.use-index",
                "object-registry.scan.preload")) {
            assertThat(RegisteredTypesPreloader.isWanted(new MockEnvironment().withProperty(property, "false")))
                .as(property)
                .isFalse();
        }
    }

    @Test
    void everySpringApplicationHasThePreloaderAsAListener() {
        assertThat(new SpringApplication(Object.class).getListeners())
            .hasAtLeastOneElementOfType(RegisteredTypesPreloader.class);
    }

    private void writeIndex(String... names) throws IOException {
        Files.write(this.indexRoot.resolve(RegisteredTypesIndex.LOCATION), List.of(names));
    }

    /** The index's root and the test classes, over the JDK's classes only, telling which classes it loaded. */
    static final class TrackingClassLoader extends URLClassLoader {

        TrackingClassLoader(Path indexRoot) throws IOException {
            super(new URL[] { indexRoot.toUri().toURL(),
                    PreloadFixture.class.getProtectionDomain().getCodeSource().getLocation() },
                    ClassLoader.getPlatformClassLoader());
        }

        boolean isLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
