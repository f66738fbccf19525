package io.github.objectregistry;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.objectregistry.Fixtures.AbstractLayer;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.Opaque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DESIGN §4.1 and §4.2 at their edges: each refused registration's exact problem and fix, and the three ways
 * Jackson can construct a class (a {@code @JsonCreator} constructor, a static {@code @JsonCreator} factory, a
 * single public constructor compiled with {@code -parameters}), as Jackson 3 finds them.
 */
class RegistrationRulesMessagesTests {

    private static final String NAME_FIX = "Use a non-empty name without '>' or surrounding whitespace, for "
            + "example @RegisterSerializable(value = \"my_package\", name = \"MyLayer\").";

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void separatorAtTheStartOfANameIsRejected() {
        assertRefused(">Dense", MyDense.class, "Cannot register class " + MyDense.class.getName()
                + ": its name '>Dense' contains '>', which separates the package from the name.", NAME_FIX);
    }

    @Test
    void invalidInstanceRegistrationNamesTheInstanceClass() {
        assertRefused("", new StringBuilder(),
                "Cannot register instance of java.lang.StringBuilder: its name '' is empty.", NAME_FIX);
    }

    @Test
    void classThatCannotBeRebuiltIsRejectedWithoutBlamingAMissingJackson() {
        assertRefusedAsNotRebuildable(Opaque.class);
    }

    @Test
    void annotationIsRejectedAsAnAnnotationAdvisingAConcreteClass() {
        assertRefused("Marker", Marker.class, "Cannot register interface " + Marker.class.getName()
                + ": it is an annotation, so it cannot be built from a config.", "Register a concrete class instead.");
    }

    @Test
    void localAndAnonymousClassesAreRejectedAdvisingANestedClassOrAnInstance() {
        record Local(int units) {
        }
        Class<?> anonymous = new AbstractLayer() {
        }.getClass();
        for (Class<?> type : new Class<?>[] { Local.class, anonymous }) {
            assertRefused("Local", type, "Cannot register class " + type.getName()
                    + ": it is an anonymous, local or synthetic class, so it cannot be built from a config.",
                    "Declare it as a static nested or top-level class, or register one of its instances with "
                            + "register(package, name, instance).");
        }
    }

    @Test
    void constructorMarkedJsonCreatorMakesAClassRegistrable() {
        assertThat(this.registry.register("pkg", "Creator", WithCreatorConstructor.class)).isEqualTo("pkg>Creator");
    }

    @Test
    void constructorsWithOtherAnnotationsAreNoCreators() {
        assertRefusedAsNotRebuildable(WithAnnotatedConstructors.class);
    }

    @Test
    void staticFactoryMarkedJsonCreatorMakesAClassRegistrable() {
        assertThat(this.registry.register("pkg", "Factory", WithCreatorFactory.class)).isEqualTo("pkg>Factory");
    }

    @Test
    void unmarkedOrNonStaticFactoriesAreNoCreators() {
        assertRefusedAsNotRebuildable(WithoutCreatorFactory.class);
    }

    @Test
    void twoPublicConstructorsWithoutACreatorAreRejected() {
        assertRefusedAsNotRebuildable(WithTwoPublicConstructors.class);
    }

    @Test
    void singlePublicConstructorIsACreatorOnlyWhenCompiledWithParameters(@TempDir Path directory) throws Exception {
        String source = "public final class Positional { public Positional(int units) { } }";
        Path plain = Files.createDirectory(directory.resolve("plain"));
        Path named = Files.createDirectory(directory.resolve("named"));
        try (URLClassLoader withoutNames = CompiledClasses.compile(plain, "Positional", source);
                URLClassLoader withNames = CompiledClasses.compile(named, "Positional", source, "-parameters")) {
            assertRefusedAsNotRebuildable(withoutNames.loadClass("Positional"));
            assertThat(this.registry.register("pkg", "Positional", withNames.loadClass("Positional")))
                .isEqualTo("pkg>Positional");
        }
    }

    private void assertRefusedAsNotRebuildable(Class<?> type) {
        assertRefused("Refused", type, "Cannot register class " + type.getName()
                + ": it cannot be rebuilt from its config.", "Make it a record, implement Configurable with a public "
                        + "static fromConfig(Map<String, Object>) method, or give it a constructor Jackson can use: a "
                        + "no-argument constructor, a @JsonCreator, or a single constructor compiled with -parameters.");
    }

    /** Registers {@code target} as {@code pkg>name} and expects exactly this problem and fix. */
    private void assertRefused(String name, Object target, String problem, String fix) {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", name, target))
            .satisfies((ex) -> {
                assertThat(ex.getProblem()).isEqualTo(problem);
                assertThat(ex.getFix()).isEqualTo(fix);
            });
    }

    /** Refused as a registration, and, on a constructor, no creator either. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Marker {
    }

    /** Two constructors with arguments, one marked as Jackson's creator. */
    static final class WithCreatorConstructor {

        @JsonCreator
        public WithCreatorConstructor(int units) {
        }

        public WithCreatorConstructor(int units, int filters) {
        }
    }

    /** Two annotated constructors with arguments, neither a creator. */
    static final class WithAnnotatedConstructors {

        @Marker
        public WithAnnotatedConstructors(int units) {
        }

        @Marker
        public WithAnnotatedConstructors(int units, int filters) {
        }
    }

    /** A private constructor and a static factory marked as Jackson's creator. */
    static final class WithCreatorFactory {

        private WithCreatorFactory(int units) {
        }

        @JsonCreator
        static WithCreatorFactory of(int units) {
            return new WithCreatorFactory(units);
        }
    }

    /** A static factory without the mark, and a marked factory that is not static: neither is a creator. */
    static final class WithoutCreatorFactory {

        private WithoutCreatorFactory(int units) {
        }

        static WithoutCreatorFactory of(int units) {
            return new WithoutCreatorFactory(units);
        }

        @JsonCreator
        WithoutCreatorFactory with(int units) {
            return new WithoutCreatorFactory(units);
        }
    }

    /** Two public constructors with named arguments: Jackson cannot choose between them. */
    static final class WithTwoPublicConstructors {

        public WithTwoPublicConstructors(int units) {
        }

        public WithTwoPublicConstructors(int units, int filters) {
        }
    }
}
