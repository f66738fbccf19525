package io.github.objectregistry;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** DESIGN §4.7: registration checks that a class at version N has exactly one step from each of 1 … N-1. */
class ConfigMigrationChainTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @Test
    void aCompleteChainRegistersAndReportsItsVersion() {
        this.registry.register(Complete.class);
        assertThat(this.registry.getRegistration("chain>Complete").version()).isEqualTo(3);
        assertThat(ConfigMigrations.of(Complete.class).migration(2).getName()).isEqualTo("two");
    }

    @Test
    void aClassWithoutVersionIsAtVersionOne() {
        this.registry.register(Fixtures.Unannotated.class);
        assertThat(this.registry.getRegistrations().get(0).version()).isEqualTo(1);
        assertThat(ConfigMigrations.of(Fixtures.Unannotated.class).version()).isEqualTo(1);
    }

    @Test
    void aMissingStepFailsRegistrationNamingIt() {
        refusing(Gap.class).withMessage("Cannot register class " + Gap.class.getName() + ": it is at version 3 but has no "
                    + "migration from version 2 to 3, so documents written at version 2 could not be read. Add a "
                    + "static method to Gap annotated @ConfigMigration(from = 2) that takes the version-2 config as "
                    + "an ObjectNode and returns the version-3 config.");
    }

    @Test
    void aClassAboveVersionOneWithoutAnyStepFailsAtTheFirstStep() {
        refusing(NoSteps.class).withMessageContaining("it is at version 2 but has no migration from version 1 to 2");
    }

    @Test
    void aRepeatedStepFailsRegistration() {
        refusing(Twice.class).withMessageStartingWith("Cannot register class " + Twice.class.getName() + ": both ")
            .withMessageContaining(" are @ConfigMigration(from = 1), so it is unclear which one turns version 1 "
                    + "into 2. Keep exactly one migration per step.")
            .withMessageContaining("first").withMessageContaining("second");
    }

    @Test
    void aStepOutsideTheChainFailsRegistration() {
        refusing(Beyond.class).withMessage("Cannot register class " + Beyond.class.getName() + ": its migration @ConfigMigration(from "
                    + "= 1) early is outside its chain, since the class is at version 1 and its steps go nowhere. "
                    + "Set @RegisterSerializable(version = 2) or more if this step is meant, or correct its 'from'.");
    }

    @Test
    void aStepFromBelowVersionOneFailsRegistrationSayingWhereStepsStart() {
        refusing(FromZero.class).withMessage("Cannot register class " + FromZero.class.getName() + ": its migration "
                    + "@ConfigMigration(from = 0) early starts from version 0, but config versions start at 1. Correct "
                    + "its 'from': the first step is @ConfigMigration(from = 1), from version 1 to 2.");
    }

    @Test
    void aStepThatIsNotAStaticTreeFunctionFailsRegistration() {
        refusing(NotStatic.class).withMessage("Cannot register class " + NotStatic.class.getName() + ": its migration @ConfigMigration("
                    + "from = 1) step is not a static method taking and returning a config tree. Declare it as "
                    + "'static ObjectNode step(ObjectNode config)' (JsonNode is also accepted for either).");
    }

    @Test
    void aVersionBelowOneFailsRegistration() {
        refusing(Zero.class).withMessageStartingWith("Cannot register class " + Zero.class.getName() + ": its version 0 is below 1.");
    }

    private ThrowableAssertAlternative<RegistrationException> refusing(Class<?> type) {
        ThrowableAssertAlternative<RegistrationException> refused = assertThatExceptionOfType(RegistrationException.class)
            .isThrownBy(() -> this.registry.register(type));
        assertThat(this.registry.getRegistrations()).isEmpty();
        return refused;
    }

    @RegisterSerializable(value = "chain", version = 3)
    record Complete(int a) {

        @ConfigMigration(from = 2)
        static JsonNode two(JsonNode config) {
            return config;
        }

        @ConfigMigration(from = 1)
        static ObjectNode one(ObjectNode config) {
            return config;
        }
    }

    @RegisterSerializable(value = "chain", version = 3)
    record Gap(int a) {

        @ConfigMigration(from = 1)
        static ObjectNode one(ObjectNode config) {
            return config;
        }
    }

    @RegisterSerializable(value = "chain", version = 2)
    record NoSteps(int a) {
    }

    @RegisterSerializable(value = "chain", version = 2)
    record Twice(int a) {

        @ConfigMigration(from = 1)
        static ObjectNode first(ObjectNode config) {
            return config;
        }

        @ConfigMigration(from = 1)
        static ObjectNode second(ObjectNode config) {
            return config;
        }
    }

    @RegisterSerializable("chain")
    record Beyond(int a) {

        @ConfigMigration(from = 1)
        static ObjectNode early(ObjectNode config) {
            return config;
        }
    }

    @RegisterSerializable(value = "chain", version = 3)
    record FromZero(int a) {

        @ConfigMigration(from = 0)
        static ObjectNode early(ObjectNode config) {
            return config;
        }
    }

    @RegisterSerializable(value = "chain", version = 2)
    record NotStatic(int a) {

        @ConfigMigration(from = 1)
        ObjectNode step(ObjectNode config) {
            return config;
        }
    }

    @RegisterSerializable(value = "chain", version = 0)
    record Zero(int a) {
    }
}
