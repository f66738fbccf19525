package io.github.objectregistry.processor;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles sources in-process with the processor and reads the index it wrote. */
class RegisteredTypesIndexProcessorTests {

    @TempDir
    Path output;

    @Test
    void listsAnnotatedTopLevelAndNestedClassesByBinaryName() throws IOException {
        compile(Map.of("a.Shapes", """
                package a;
                import io.github.objectregistry.RegisterSerializable;
                public class Shapes {
                    @RegisterSerializable public record Circle(int r) { }
                    public static class Outer { @RegisterSerializable public record Deep(int d) { } }
                    public record Plain(int p) { }
                }
                """, "a.b.Triangle", """
                package a.b;
                @io.github.objectregistry.RegisterSerializable("geo")
                public record Triangle(int a) { }
                """, "a.Shape", """
                package a;
                @io.github.objectregistry.RegisterSerializable public interface Shape { }
                """));

        assertThat(index()).containsExactly("a.Shape", "a.Shapes$Circle", "a.Shapes$Outer$Deep", "a.b.Triangle");
        assertThat(Files.readString(indexFile())).startsWith(RegisteredTypesIndex.HEADER + "\n");
    }

    @Test
    void leavesOutSpringComponentsAndBeanMethodsAsTheScanDoes() throws IOException {
        compile(Map.of("org.springframework.stereotype.Component", """
                package org.springframework.stereotype;
                public @interface Component { }
                """, "b.Service", """
                package b;
                @org.springframework.stereotype.Component public @interface Service { }
                """, "b.Beans", """
                package b;
                import io.github.objectregistry.RegisterSerializable;
                public class Beans {
                    @RegisterSerializable @org.springframework.stereotype.Component public static class Direct { }
                    @RegisterSerializable @Service public static class ThroughMetaAnnotation { }
                    @RegisterSerializable public Runnable beanMethod() { return () -> { }; }
                    @RegisterSerializable public record Kept(int k) { }
                }
                """));

        assertThat(index()).containsExactly("b.Beans$Kept");
    }

    @Test
    void leavesOutAnnotationTypesMetaAnnotatedWithItAndWarnsAtThem() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(Map.of("m.ShapeType", """
                package m;
                @io.github.objectregistry.RegisterSerializable("meta") public @interface ShapeType { }
                """, "m.Octagon", "package m; @ShapeType public record Octagon(double side) { }", "m.Plain",
                "package m; @io.github.objectregistry.RegisterSerializable public record Plain(int size) { }"));

        assertThat(index()).containsExactly("m.Plain");
        assertThat(diagnostics).filteredOn((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.WARNING)
            .singleElement()
            .satisfies((warning) -> assertThat(warning.getSource().getName()).endsWith("m/ShapeType.java"))
            .extracting((warning) -> warning.getMessage(Locale.ROOT))
            .isEqualTo(RegisteredTypesIndexProcessor.META_ANNOTATION_WARNING);
    }

    @Test
    void writesNoIndexWhenNothingIsAnnotated() {
        // As Spring AOT's compilation of generated sources into a directory of its own, later copied over the
        // application's classes: an empty index there would replace the application's.
        compile(Map.of("c.Plain", "package c; public class Plain { }"));

        assertThat(indexFile()).doesNotExist();
    }

    @Test
    void emptiesAnEarlierIndexWhenTheLastAnnotationIsRemoved() throws IOException {
        compile(Map.of("c.Only", "package c; @io.github.objectregistry.RegisterSerializable public record Only() { }"));

        compile(Map.of("c.Only", "package c; public record Only() { }"));

        assertThat(indexFile()).exists();
        assertThat(index()).isEmpty();
    }

    @Test
    void incrementalCompilationKeepsTheClassesItDidNotRecompile() throws IOException {
        compile(Map.of("d.First", "package d; @io.github.objectregistry.RegisterSerializable public record First() { }",
                "d.Second", "package d; @io.github.objectregistry.RegisterSerializable public record Second() { }"));

        compile(Map.of("d.Third", "package d; @io.github.objectregistry.RegisterSerializable public record Third() { }"));
        assertThat(index()).containsExactly("d.First", "d.Second", "d.Third");

        // First is recompiled without its annotation: it leaves the index, the others stay.
        compile(Map.of("d.First", "package d; public record First() { }"));
        assertThat(index()).containsExactly("d.Second", "d.Third");
    }

    @Test
    void incrementalCompilationDropsClassesThatNoLongerExist() throws IOException {
        compile(Map.of("e.Kept", "package e; @io.github.objectregistry.RegisterSerializable public record Kept() { }",
                "e.Removed", "package e; @io.github.objectregistry.RegisterSerializable public record Removed() { }"));
        Files.delete(this.output.resolve("e/Removed.class"));

        compile(Map.of("e.Other", "package e; public class Other { }"));

        assertThat(index()).containsExactly("e.Kept");
    }

    private List<String> index() throws IOException {
        try (InputStream in = Files.newInputStream(indexFile())) {
            return RegisteredTypesIndex.read(in);
        }
    }

    private Path indexFile() {
        return this.output.resolve(RegisteredTypesIndex.LOCATION);
    }

    /** Compiles into {@link #output}, with the earlier output on the classpath as an incremental build has it. */
    private List<Diagnostic<? extends JavaFileObject>> compile(Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("java.class.path") + File.pathSeparator + this.output;
        JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), null, diagnostics,
                List.of("-d", this.output.toString(), "-classpath", classpath),
                null, units);
        task.setProcessors(List.of(new RegisteredTypesIndexProcessor()));
        assertThat(task.call()).as(diagnostics.getDiagnostics().toString()).isTrue();
        return diagnostics.getDiagnostics();
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String code;

        Source(String name, String code) {
            super(URI.create("string:///" + name.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return this.code;
        }
    }
}
