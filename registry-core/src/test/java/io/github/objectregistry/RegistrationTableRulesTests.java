package io.github.objectregistry;

import java.lang.ref.WeakReference;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.RenamedDense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration table's rules at their edges (DESIGN §4.2, §4.4): what a removal returns and forgets,
 * when a target replaced under {@link ConflictPolicy#REPLACE} can get its name back, what is logged, and that
 * an unregistered instance leaves nothing of its class behind.
 */
class RegistrationTableRulesTests {

    private final ObjectRegistry replacing = new ObjectRegistry(ConflictPolicy.REPLACE);

    @Test
    void registryKeepsTheConflictPolicyItWasCreatedWith() {
        assertThat(this.replacing.getConflictPolicy()).isEqualTo(ConflictPolicy.REPLACE);
        assertThat(new ObjectRegistry().getConflictPolicy()).isEqualTo(ConflictPolicy.FAIL);
    }

    @Test
    void removeReturnsTheTargetOfTheRemovedNameOrAlias() {
        Map<String, Object> objects = this.replacing.getCustomObjects();
        this.replacing.register(RenamedDense.class);
        assertThat(objects.remove("my_package>OldDense")).isSameAs(RenamedDense.class);
        assertThat(objects.remove("my_package>Dense2")).isSameAs(RenamedDense.class);
        assertThat(objects.remove("my_package>Dense2")).isNull();
    }

    @Test
    void removedRegistrationIsNotRestoredByPuttingItBackUnderTheNameReplaceTookFromIt() {
        this.replacing.register(RenamedDense.class);
        this.replacing.register("my_package", "Dense2", OtherDense.class);
        this.replacing.getCustomObjects().remove("my_package>OldDense");
        this.replacing.getCustomObjects().put("my_package>Dense2", RenamedDense.class);
        assertThat(this.replacing.getRegisteredObject("my_package>Dense2")).isSameAs(RenamedDense.class);
        assertThat(this.replacing.isRegistered(RenamedDense.class)).as("a plain entry, not a registration").isFalse();
    }

    @Test
    void removingAPlainEntryOfAReplacedClassKeepsItsWayBackToItsName() {
        this.replacing.register(Discount.class);
        Registration original = this.replacing.getRegistration("pricing>Discount");
        this.replacing.register("pricing", "Discount", OtherDense.class);
        this.replacing.getCustomObjects().put("legacy>Discount", Discount.class);
        this.replacing.getCustomObjects().remove("legacy>Discount");
        this.replacing.getCustomObjects().put("pricing>Discount", Discount.class);
        assertThat(this.replacing.getRegistrations()).containsExactly(original);
        assertThat(this.replacing.getRegisteredName(Discount.class)).isEqualTo("pricing>Discount");
    }

    @Test
    void plainEntryTakenUnderReplaceIsNotReportedAsLosingItsRegistration() {
        try (RegistryLog log = RegistryLog.capture()) {
            this.replacing.getCustomObjects().put("pricing>Discount", Discount.class);
            this.replacing.register("pricing", "Discount", OtherDense.class);
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
        assertThat(this.replacing.getRegisteredName(OtherDense.class)).isEqualTo("pricing>Discount");
    }

    @Test
    void eachRegistrationIsLoggedOnceAtDebugWithItsAliases() {
        try (RegistryLog log = RegistryLog.capture()) {
            this.replacing.register(RenamedDense.class);
            this.replacing.register(RenamedDense.class);
            this.replacing.register(MyDense.class);
            assertThat(log.messages(Level.FINE)).containsExactly(
                    "Registered class " + RenamedDense.class.getName() + " as 'my_package>Dense2' with aliases "
                            + "[my_package>OldDense]",
                    "Registered class " + MyDense.class.getName() + " as 'my_package>MyDense'");
        }
    }

    @Test
    void replacedNameIsLoggedAtDebugNamingBothTargetsAndTheWinner() {
        this.replacing.register(MyDense.class);
        try (RegistryLog log = RegistryLog.capture()) {
            this.replacing.register("my_package", "MyDense", OtherDense.class);
            assertThat(log.messages(Level.FINE)).startsWith("Cannot register class " + OtherDense.class.getName()
                    + " as 'my_package>MyDense': that name is already registered to class "
                    + MyDense.class.getName() + ". The later registration wins.");
        }
    }

    @Test
    void unregisteredInstancesNoLongerHoldTheirClassOrItsClassLoader(@TempDir Path directory) throws Exception {
        WeakReference<ClassLoader> loader = registerAndRemoveTwoInstances(directory);
        assertThat(Collector.collected(List.of(loader))).as("the instances' class loader is collected").isTrue();
    }

    /**
     * Registers two instances of a class from a discardable loader, checks that removing one keeps the other
     * named, removes the other, and returns a weak reference to the loader.
     */
    private WeakReference<ClassLoader> registerAndRemoveTwoInstances(Path directory) throws Exception {
        try (URLClassLoader loader = CompiledClasses.compile(directory, "Swish", "public final class Swish {}")) {
            Class<?> type = loader.loadClass("Swish");
            Object first = type.getConstructor().newInstance();
            Object second = type.getConstructor().newInstance();
            this.replacing.register("fn", "first", first);
            this.replacing.register("fn", "second", second);
            this.replacing.getCustomObjects().remove("fn>first");
            assertThat(this.replacing.findRegisteredName(second)).isEqualTo("fn>second");
            this.replacing.getCustomObjects().remove("fn>second");
            assertThat(this.replacing.getRegistrations()).isEmpty();
            return new WeakReference<>(loader);
        }
    }
}
