package io.github.objectregistry.autoconfigure;

import java.io.IOException;
import java.io.InputStream;

import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan's prefilter, which decides from a class file's bytes whether it is worth parsing. */
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

    private static byte[] classFile(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getPackageName().length() + 1)
                + ".class")) {
            return in.readAllBytes();
        }
    }
}
