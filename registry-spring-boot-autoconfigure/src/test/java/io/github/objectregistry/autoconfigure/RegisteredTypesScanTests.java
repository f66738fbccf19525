package io.github.objectregistry.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import io.github.objectregistry.RegisterSerializable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The fallback scan: its prefilter, and how it reads the classes that pass it. */
class RegisteredTypesScanTests {

    @Test
    void classCarryingTheAnnotationMentionsIt() throws IOException {
        assertThat(RegisteredTypesScan.mentionsAnnotation(classFile(Shapes.Circle.class))).isTrue();
    }

    @Test
    void classWithoutTheAnnotationIsSkippedEvenWhenItUsesTheAnnotationType() throws IOException {
        // RegisteredTypesScan refers to RegisterSerializable.class, which puts its internal name in the constant
        // pool, but only an annotation use puts the descriptor there.
        assertThat(RegisteredTypesScan.mentionsAnnotation(classFile(RegisteredTypesScan.class))).isFalse();
        assertThat(RegisteredTypesScan.mentionsAnnotation(classFile(Shapes.class))).isFalse();
    }

    @Test
    void findsRegisteredClassesAndLeavesOutComponents() {
        Set<String> found = new RegisteredTypesScan(new DefaultResourceLoader())
            .scan(List.of(Shapes.class.getPackageName()));
        assertThat(found).contains(Shapes.Circle.class.getName())
            .doesNotContain(Shapes.class.getName(), Shapes.Painter.class.getName());
    }

    @Test
    void classesAreJudgedFromTheirClassFilesWithoutLoadingThem(@TempDir Path classes) throws IOException {
        // Both extend a class that is not on the class path, so neither loads.
        write(classes, "gen/Registered", true, false);
        write(classes, "gen/OnlyMentionsIt", false, true);
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                getClass().getClassLoader())) {
            Set<String> found = new RegisteredTypesScan(new DefaultResourceLoader(loader))
                .scan(List.of("gen"));
            // The annotated class is found, so that registering it fails with a message naming it; the one that
            // only carries the annotation on a method is skipped instead of stopping the start.
            assertThat(found).containsExactly("gen.Registered");
        }
    }

    /** A class extending a missing class, with the annotation on the type or on a method. */
    private static void write(Path root, String internalName, boolean onType, boolean onMethod) throws IOException {
        String descriptor = "L" + RegisterSerializable.class.getName().replace('.', '/') + ";";
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "gen/missing/Base", null);
        if (onType) {
            writer.visitAnnotation(descriptor, true).visitEnd();
        }
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "value", "()V", null,
                null);
        if (onMethod) {
            method.visitAnnotation(descriptor, true).visitEnd();
        }
        method.visitEnd();
        writer.visitEnd();
        Path file = root.resolve(internalName + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, writer.toByteArray());
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getPackageName().length() + 1)
                + ".class")) {
            return in.readAllBytes();
        }
    }
}
