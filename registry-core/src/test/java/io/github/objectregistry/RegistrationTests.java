package io.github.objectregistry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.Fixtures.AbstractLayer;
import io.github.objectregistry.Fixtures.BeanStyle;
import io.github.objectregistry.Fixtures.ConfigurableWithoutFactory;
import io.github.objectregistry.Fixtures.DefaultPackaged;
import io.github.objectregistry.Fixtures.Inner;
import io.github.objectregistry.Fixtures.Layer;
import io.github.objectregistry.Fixtures.Mode;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.Opaque;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.RenamedDense;
import io.github.objectregistry.Fixtures.Scaler;
import io.github.objectregistry.Fixtures.Unannotated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** DESIGN §4.1 and §4.2: names, what may be registered, idempotence and conflicts. */
class RegistrationTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void registeredNameIsPackageGreaterThanSimpleName() {
        assertThat(this.registry.register(MyDense.class)).isEqualTo("my_package>MyDense");
        assertThat(this.registry.getRegisteredObject("my_package>MyDense")).isSameAs(MyDense.class);
    }

    @Test
    void annotationWithoutPackageUsesCustomAsKerasDoes() {
        assertThat(this.registry.register(DefaultPackaged.class)).isEqualTo("Custom>DefaultPackaged");
    }

    @Test
    void unannotatedClassIsRegisteredUnderCustomPackage() {
        assertThat(this.registry.register(Unannotated.class)).isEqualTo("Custom>Unannotated");
    }

    @Test
    void explicitNameReplacesSimpleName() {
        assertThat(this.registry.register(RenamedDense.class)).isEqualTo("my_package>Dense2");
    }

    @Test
    void aliasResolvesToSameClassButWritingUsesPrimaryName() {
        this.registry.register(RenamedDense.class);
        assertThat(this.registry.getRegisteredObject("my_package>OldDense")).isSameAs(RenamedDense.class);
        assertThat(this.registry.getRegisteredName(RenamedDense.class)).isEqualTo("my_package>Dense2");
        assertThat(this.registry.getRegistration("my_package>OldDense").name()).isEqualTo("my_package>Dense2");
    }

    @Test
    void instanceIsRegisteredAndResolvesToThatSameObject() {
        DoubleUnaryOperator swish = (x) -> x / (1 + Math.exp(-x));
        assertThat(this.registry.register("my_package", "swish", swish)).isEqualTo("my_package>swish");
        assertThat(this.registry.getRegisteredObject("my_package>swish")).isSameAs(swish);
        assertThat(this.registry.getRegisteredName(swish)).isEqualTo("my_package>swish");
        assertThat(this.registry.getRegistration("my_package>swish").kind()).isEqualTo(Registration.Kind.INSTANCE);
    }

    @Test
    void instancesAreKeyedByIdentityNotEquals() {
        ArrayList<String> first = new ArrayList<>();
        ArrayList<String> equalButDistinct = new ArrayList<>();
        this.registry.register("lists", "first", first);
        assertThat(this.registry.isRegistered(first)).isTrue();
        assertThat(this.registry.isRegistered(equalButDistinct)).isFalse();
    }

    @Test
    void instanceMayBeOfAnyClassIncludingJdkClasses() {
        StringBuilder jdkInstance = new StringBuilder("x");
        assertThat(this.registry.register("any", "builder", jdkInstance)).isEqualTo("any>builder");
    }

    @Test
    void registeringSameClassUnderSameNameAgainIsNoOp() {
        this.registry.register(MyDense.class);
        assertThat(this.registry.register(MyDense.class)).isEqualTo("my_package>MyDense");
        assertThat(this.registry.getRegistrations()).hasSize(1);
    }

    @Test
    void differentClassUnderTakenNameFailsNamingNameAndBothTargets() {
        this.registry.register(MyDense.class);
        assertThatExceptionOfType(DuplicateRegistrationException.class)
            .isThrownBy(() -> this.registry.register("my_package", "MyDense", OtherDense.class))
            .satisfies((ex) -> assertThat(ex.getName()).isEqualTo("my_package>MyDense"))
            .withMessageContaining("'my_package>MyDense'")
            .withMessageContaining(MyDense.class.getName())
            .withMessageContaining(OtherDense.class.getName())
            .withMessageContaining("Give one of them another name");
    }

    @Test
    void failedConflictLeavesRegistryUnchanged() {
        this.registry.register(RenamedDense.class);
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("fresh", "Name", OtherDense.class, "my_package>OldDense"));
        assertThat(this.registry.getRegisteredObject("fresh>Name")).isNull();
        assertThat(this.registry.isRegistered(OtherDense.class)).isFalse();
        assertThat(this.registry.getRegisteredObject("my_package>OldDense")).isSameAs(RenamedDense.class);
    }

    @Test
    void sameClassUnderSecondNameFailsSuggestingAnAlias() {
        this.registry.register(MyDense.class);
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("other", "MyDense", MyDense.class))
            .satisfies((ex) -> {
                assertThat(ex.getProblem()).isEqualTo("class " + MyDense.class.getName() + " is already registered "
                        + "as 'my_package>MyDense', so it cannot also be registered as 'other>MyDense'.");
                assertThat(ex.getFix()).contains("aliases = {\"other>MyDense\"}").doesNotContain("REPLACE");
            });
    }

    @Test
    void nameContainingSeparatorIsRejectedNamingClassAndPart() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("my>pkg", "Dense", MyDense.class))
            .withMessageContaining(MyDense.class.getName())
            .withMessageContaining("package 'my>pkg' contains '>'")
            .withMessageContaining("Use a non-empty package");
    }

    @Test
    void emptyNameIsRejected() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "", MyDense.class))
            .withMessageContaining("its name '' is empty");
    }

    @Test
    void nameWithSurroundingWhitespaceIsRejected() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register(" pkg", "Dense", MyDense.class))
            .withMessageContaining("package ' pkg' has surrounding whitespace");
    }

    @Test
    void blankAliasIsRejected() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Dense", MyDense.class, " "))
            .withMessageContaining("alias ' '")
            .withMessageContaining("aliases = \"my_package>OldName\"");
    }

    @Test
    void recordIsRegistrable() {
        assertThat(this.registry.register(MyDense.class)).isNotNull();
    }

    @Test
    void configurableWithFromConfigIsRegistrable() {
        assertThat(this.registry.register(Scaler.class)).isEqualTo("my_package>Scaler");
    }

    @Test
    void jacksonConstructibleClassIsRegistrable() {
        assertThat(this.registry.register("beans", "BeanStyle", BeanStyle.class)).isEqualTo("beans>BeanStyle");
    }

    @Test
    void configurableWithoutFromConfigIsRejectedSayingWhatIsMissing() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "X", ConfigurableWithoutFactory.class))
            .withMessageContaining(ConfigurableWithoutFactory.class.getName())
            .withMessageContaining("implements Configurable but declares no "
                    + "'public static ConfigurableWithoutFactory fromConfig(Map<String, Object> config)'")
            .withMessageContaining("Add that method");
    }

    @Test
    void classThatCannotBeRebuiltIsRejectedListingTheWaysToFixIt() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Opaque", Opaque.class))
            .withMessageContaining(Opaque.class.getName() + ": it cannot be rebuilt from its config")
            .withMessageContaining("Make it a record, implement Configurable");
    }

    @Test
    void broadTypesAreRejected() {
        for (Class<?> broad : new Class<?>[] { Object.class, Serializable.class, Comparable.class, Runnable.class,
                java.io.Closeable.class, Cloneable.class }) {
            assertThatExceptionOfType(RegistrationException.class)
                .isThrownBy(() -> this.registry.register("pkg", "Broad", broad))
                .withMessageContaining(broad.getName())
                .withMessageContaining("broad types");
        }
    }

    @Test
    void jdkClassesAreRejectedEvenWhenConstructible() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "List", ArrayList.class))
            .withMessageContaining("class java.util.ArrayList: JDK types");
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Tpl", javax.naming.InitialContext.class))
            .withMessageContaining("javax.naming.InitialContext");
    }

    @Test
    void interfacesAbstractClassesEnumsAndInnerClassesAreRejectedWithTheirShape() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Layer", Layer.class))
            .withMessageContaining("interface " + Layer.class.getName() + ": it is an interface")
            .withMessageContaining("Register its concrete implementations");
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Abstract", AbstractLayer.class))
            .withMessageContaining("it is abstract");
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Mode", Mode.class))
            .withMessageContaining("it is an enum");
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Inner", Inner.class))
            .withMessageContaining("inner class that needs an enclosing instance");
    }

    @Test
    void enumIsRejectedAdvisingItsConstantsAsInstancesNotImplementations() {
        assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register("pkg", "Mode", Mode.class))
            .satisfies((ex) -> assertThat(ex.getFix()).doesNotContain("implementations")
                .contains("register(\"my_package\", \"ON\", Mode.ON)")
                .contains("a field of a registered record"));
    }

    @Test
    void registrationExceptionSplitsProblemAndFix() {
        RegistrationException ex = org.junit.jupiter.api.Assertions.assertThrows(RegistrationException.class,
                () -> this.registry.register("pkg", "Layer", Layer.class));
        assertThat(ex.getMessage()).isEqualTo(ex.getProblem() + " " + ex.getFix());
        assertThat(ex.getProblem()).startsWith("Cannot register interface");
        assertThat(ex.getFix()).startsWith("Register its concrete implementations");
    }

    @Test
    void registrationsAreListedOnceEachSortedByName() {
        this.registry.register(RenamedDense.class);
        this.registry.register(MyDense.class);
        assertThat(this.registry.getRegistrations()).extracting(Registration::name)
            .containsExactly("my_package>Dense2", "my_package>MyDense");
        assertThat(this.registry.getRegistration("my_package>Dense2").aliases()).containsExactly("my_package>OldDense");
    }

    @Test
    void independentRegistriesShareNothing() {
        ObjectRegistry other = new ObjectRegistry();
        this.registry.register(MyDense.class);
        assertThat(other.getRegisteredObject("my_package>MyDense")).isNull();
        assertThat(ObjectRegistry.global()).isNotSameAs(this.registry).isSameAs(ObjectRegistry.global());
    }
}
