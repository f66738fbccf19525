package io.github.objectregistry.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.processor.RegisteredTypesIndexProcessor;
import io.github.objectregistry.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up index: classpath roots compiled here with registry-processor (which writes the index) or
 * without it, loaded by a class loader of their own, and a context that registers the package {@code idx}.
 * The indexed root's index is then cut down to list only {@code idx.First}, although {@code idx.Second} carries
 * the annotation too: a registry holding Second can only have scanned.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegisteredTypesIndexTests {

    private static final LoggingSystem LOGGING = LoggingSystem.get(RegisteredTypesIndexTests.class.getClassLoader());

    @TempDir
    Path directory;

    private Path indexed;

    private ApplicationContextRunner runner;

    @BeforeEach
    void compileAnIndexedRoot() throws IOException {
        this.indexed = compile("indexed", true, "idx.First", "idx.Second", "idx.sub.Nested", "idxother.Stranger");
        assertThat(Files.readAllLines(this.indexed.resolve(RegisteredTypesIndex.LOCATION))).as("written by the processor")
            .containsSubsequence("idx.First", "idx.Second", "idx.sub.Nested", "idxother.Stranger");
        Files.writeString(this.indexed.resolve(RegisteredTypesIndex.LOCATION),
                "# cut down by the test\nidx.First\nidx.sub.Nested\nidxother.Stranger\n");
        this.runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectRegistryAutoConfiguration.class))
            .withPropertyValues("object-registry.scan.base-packages=idx");
        LOGGING.setLogLevel(RegisteredTypes.class.getName(), LogLevel.DEBUG);
    }

    @AfterEach
    void resetLogLevel() {
        LOGGING.setLogLevel(RegisteredTypes.class.getName(), null);
    }

    @Test
    void packageCoveredByAnIndexIsReadFromItAndNotScanned(CapturedOutput output) throws IOException {
        // A root without an index that does not hold the package does not stop the index from covering it.
        Path unrelated = compile("unrelated", false, "elsewhere.Unrelated");
        this.runner.withClassLoader(classLoader(this.indexed, unrelated)).run((context) -> {
            assertThat(registeredNames(context.getBean(ObjectRegistry.class)))
                .containsExactly("Custom>First", "Custom>Nested");
            assertThat(output).contains("Object registry: 2 @RegisterSerializable classes of [idx] read from "
                    + "object-registry.index; scanned [] for the rest");
        });
    }

    @Test
    void indexInAJarCoversThePackagesOfThatJar() throws IOException {
        Path jar = jar(this.indexed);
        Path plain = compile("plain", false, "idx.Third");
        this.runner.withClassLoader(classLoader(jar)).run((context) -> assertThat(
                registeredNames(context.getBean(ObjectRegistry.class))).containsExactly("Custom>First", "Custom>Nested"));
        this.runner.withClassLoader(classLoader(jar, plain)).run((context) -> assertThat(
                registeredNames(context.getBean(ObjectRegistry.class))).as("split with a directory without an index")
            .containsExactly("Custom>First", "Custom>Nested", "Custom>Second", "Custom>Third"));
    }

    @Test
    void useIndexFalseScansEveryPackage(CapturedOutput output) {
        this.runner.withClassLoader(classLoader(this.indexed))
            .withPropertyValues("object-registry.scan.use-index=false")
            .run((context) -> {
                assertThat(registeredNames(context.getBean(ObjectRegistry.class)))
                    .containsExactly("Custom>First", "Custom>Nested", "Custom>Second");
                assertThat(output).contains("of [] read from object-registry.index; scanned [idx] for the rest "
                        + "(object-registry.scan.use-index=false)");
            });
    }

    @Test
    void packageSplitWithARootThatHasNoIndexIsScanned(CapturedOutput output) throws IOException {
        Path plain = compile("plain", false, "idx.Third");
        this.runner.withClassLoader(classLoader(this.indexed, plain)).run((context) -> {
            assertThat(registeredNames(context.getBean(ObjectRegistry.class)))
                .containsExactly("Custom>First", "Custom>Nested", "Custom>Second", "Custom>Third");
            assertThat(output).contains("of [] read from object-registry.index; scanned [idx] for the rest");
        });
    }

    @Test
    void packageOnNoIndexedRootIsScannedWhenIndexesExistElsewhere(CapturedOutput output) throws IOException {
        Path plain = compile("plain", false, "solo.Alone");
        this.runner.withClassLoader(classLoader(this.indexed, plain))
            .withPropertyValues("object-registry.scan.base-packages=solo")
            .run((context) -> {
                assertThat(registeredNames(context.getBean(ObjectRegistry.class))).containsExactly("Custom>Alone");
                assertThat(output).contains("of [] read from object-registry.index; scanned [solo] for the rest");
            });
    }

    @Test
    void staleIndexListingAMissingClassFailsWithAReportNamingTheIndexAndTheFix() throws IOException {
        Files.writeString(this.indexed.resolve(RegisteredTypesIndex.LOCATION), "idx.First\nidx.Gone\n");
        this.runner.withClassLoader(classLoader(this.indexed)).run((context) -> {
            String index = this.indexed.toUri().toURL() + RegisteredTypesIndex.LOCATION;
            assertThat(context).getFailure()
                .hasMessageContaining(index + " lists idx.Gone, a class that is not on the classpath: the index is "
                        + "stale. Rebuild the jar or classes directory that holds " + index)
                .hasMessageContaining("or set object-registry.scan.use-index=false to scan instead.");
            FailureAnalysis analysis = new StaleIndexFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription())
                .isEqualTo(index + " lists idx.Gone, a class that is not on the classpath: the index is stale.");
            assertThat(analysis.getAction()).startsWith("Rebuild the jar or classes directory that holds " + index);
        });
    }

    @Test
    void staleIndexListingAClassThatLostItsAnnotationFailsInsteadOfInventingAName() throws IOException {
        // As after an IDE recompiled the class without the processor, once its annotation was removed: into the
        // indexed root itself.
        compile(this.indexed.getFileName().toString(), false,
                Map.of("idx.Lost", "package idx; public record Lost(int size) { }"));
        Files.writeString(this.indexed.resolve(RegisteredTypesIndex.LOCATION), "idx.First\nidx.Lost\n");
        this.runner.withClassLoader(classLoader(this.indexed)).run((context) -> assertThat(context)
            .getFailure()
            .hasMessageContaining(this.indexed.toUri().toURL() + RegisteredTypesIndex.LOCATION + " lists idx.Lost, a "
                    + "class that does not carry @RegisterSerializable: the index is stale."));
        this.runner.withClassLoader(classLoader(this.indexed))
            .withPropertyValues("object-registry.scan.use-index=false")
            .run((context) -> assertThat(registeredNames(context.getBean(ObjectRegistry.class))).as("scanned")
                .containsExactly("Custom>First", "Custom>Nested", "Custom>Second"));
    }

    @Test
    void annotationMetaAnnotatedWithRegisterSerializableIsNeitherIndexedNorScanned(CapturedOutput output)
            throws IOException {
        Path root = compile("meta", true, Map.of("idx.ShapeType", """
                package idx;
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @io.github.objectregistry.RegisterSerializable("meta")
                public @interface ShapeType { }
                """, "idx.Octagon", "package idx; @ShapeType public record Octagon(double side) { }", "idx.Plain",
                "package idx; @io.github.objectregistry.RegisterSerializable public record Plain(int size) { }"));
        assertThat(Files.readAllLines(root.resolve(RegisteredTypesIndex.LOCATION))).contains("idx.Plain")
            .doesNotContain("idx.ShapeType", "idx.Octagon");
        for (String useIndex : List.of("true", "false")) {
            this.runner.withClassLoader(classLoader(root))
                .withPropertyValues("object-registry.scan.use-index=" + useIndex)
                .run((context) -> assertThat(registeredNames(context.getBean(ObjectRegistry.class)))
                    .as("use-index=" + useIndex).containsExactly("Custom>Plain"));
        }
        assertThat(output).contains("@RegisterSerializable on the annotation type idx.ShapeType has no effect");
    }

    private static List<String> registeredNames(ObjectRegistry registry) {
        return registry.getRegistrations().stream().map(Registration::name).sorted().toList();
    }

    /** Compiles one annotated record per class name into a new classpath root, with or without the processor. */
    private Path compile(String rootName, boolean withProcessor, String... classNames) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String className : classNames) {
            int dot = className.lastIndexOf('.');
            sources.put(className, "package " + className.substring(0, dot) + ";\n"
                    + "@io.github.objectregistry.RegisterSerializable public record " + className.substring(dot + 1)
                    + "(int size) { }\n");
        }
        return compile(rootName, withProcessor, sources);
    }

    /** Compiles sources, by class name, into a new classpath root, with or without the processor. */
    private Path compile(String rootName, boolean withProcessor, Map<String, String> classes) throws IOException {
        Path sources = Files.createDirectories(this.directory.resolve(rootName + "-src"));
        Path root = Files.createDirectories(this.directory.resolve(rootName));
        List<String> arguments = new ArrayList<>(List.of("-d", root.toString(), "-classpath",
                System.getProperty("java.class.path")));
        // Named, as a build names it on its processor path: since JDK 23 javac no longer runs processors it merely
        // finds on the class path.
        arguments.addAll(withProcessor ? List.of("-processor", RegisteredTypesIndexProcessor.class.getName())
                : List.of("-proc:none"));
        for (Map.Entry<String, String> type : classes.entrySet()) {
            Path source = sources.resolve(type.getKey().replace('.', '/') + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, type.getValue());
            arguments.add(source.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString()).isZero();
        return root;
    }

    /** Packs a root into a jar with directory entries, as Maven's jar plugin writes them. */
    private Path jar(Path root) throws IOException {
        Path jar = this.directory.resolve(root.getFileName() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter((path) -> !path.equals(root)).sorted().toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
                if (!Files.isDirectory(path)) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static ClassLoader classLoader(Path... roots) {
        List<URL> urls = new ArrayList<>();
        for (Path root : roots) {
            try {
                urls.add(root.toUri().toURL());
            }
            catch (MalformedURLException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), RegisteredTypesIndexTests.class.getClassLoader());
    }
}
