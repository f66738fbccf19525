package io.github.objectregistry;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.RenamedDense;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4.2 and §4.6: under {@link ConflictPolicy#REPLACE} the later registration takes the clashing name
 * only, the earlier target keeps its other names, and readers never see a name missing meanwhile.
 */
class ReplacePolicyTests {

    private final ObjectRegistry registry = new ObjectRegistry(ConflictPolicy.REPLACE);

    @Test
    void replaceConflictPolicyLetsTheLaterRegistrationWin() {
        this.registry.register(RenamedDense.class);
        assertThat(this.registry.register("my_package", "Dense2", OtherDense.class)).isEqualTo("my_package>Dense2");
        assertThat(this.registry.getRegistration("my_package>Dense2"))
            .isEqualTo(new Registration("my_package>Dense2", OtherDense.class, List.of()));
        assertThat(this.registry.getRegisteredName(OtherDense.class)).isEqualTo("my_package>Dense2");
        // The earlier class lost its primary name only: it is written under its first remaining alias.
        assertThat(this.registry.getRegistration("my_package>OldDense"))
            .isEqualTo(new Registration("my_package>OldDense", RenamedDense.class, List.of()));
        assertThat(this.registry.getRegisteredName(RenamedDense.class)).isEqualTo("my_package>OldDense");
    }

    @Test
    void takingAnAliasMovesOnlyThatAlias() {
        this.registry.register(RenamedDense.class);
        this.registry.register("my_package", "New", OtherDense.class, "my_package>OldDense");
        assertThat(this.registry.getRegistration("my_package>Dense2"))
            .isEqualTo(new Registration("my_package>Dense2", RenamedDense.class, List.of()));
        assertThat(this.registry.getRegisteredName(RenamedDense.class)).isEqualTo("my_package>Dense2");
        assertThat(this.registry.getRegistration("my_package>OldDense"))
            .isEqualTo(new Registration("my_package>New", OtherDense.class, List.of("my_package>OldDense")));
    }

    @Test
    void earlierTargetThatLosesItsOnlyNameIsNoLongerRegistered() {
        this.registry.register(MyDense.class);
        this.registry.register("my_package", "MyDense", OtherDense.class);
        assertThat(this.registry.isRegistered(MyDense.class)).isFalse();
        assertThat(this.registry.getRegisteredName(MyDense.class)).isEqualTo("MyDense");
        assertThat(this.registry.getRegistrations())
            .containsExactly(new Registration("my_package>MyDense", OtherDense.class, List.of()));
    }

    @Test
    void earlierTargetThatLosesItsOnlyNameIsLoggedAtWarn() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(ObjectRegistry.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            this.registry.register(MyDense.class);
            this.registry.register("my_package", "MyDense", OtherDense.class);
        }
        finally {
            logger.removeHandler(handler);
        }
        assertThat(records).filteredOn((record) -> record.getLevel() == java.util.logging.Level.WARNING)
            .singleElement()
            .extracting(LogRecord::getMessage)
            .asString()
            .contains(MyDense.class.getName())
            .contains("lost its only name 'my_package>MyDense'")
            .contains("Give it an alias");
    }

    @Test
    void classRegisteredAgainUnderAnotherNameIsWrittenUnderTheLaterNameAndStillReadsTheEarlier() {
        this.registry.register(MyDense.class);
        assertThat(this.registry.register("other", "MyDense", MyDense.class)).isEqualTo("other>MyDense");
        Registration expected = new Registration("other>MyDense", MyDense.class, List.of("my_package>MyDense"));
        assertThat(this.registry.getRegistrations()).containsExactly(expected);
        assertThat(this.registry.getRegistration("my_package>MyDense")).isEqualTo(expected);
        assertThat(this.registry.getRegisteredName(MyDense.class)).isEqualTo("other>MyDense");
    }

    @Test
    void concurrentReaderNeverSeesANameMissingWhileItIsReplaced() throws Exception {
        this.registry.register(RenamedDense.class);
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch reading = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Long> misses = reader.submit(() -> {
                long missing = 0;
                reading.countDown();
                while (!done.get()) {
                    if (this.registry.getRegisteredObject("my_package>Dense2") == null
                            || this.registry.getRegisteredObject("my_package>OldDense") == null) {
                        missing++;
                    }
                }
                return missing;
            });
            reading.await();
            for (int i = 0; i < 50_000; i++) {
                this.registry.register("my_package", "Dense2", (i % 2 == 0) ? OtherDense.class : RenamedDense.class);
            }
            done.set(true);
            assertThat(misses.get(30, TimeUnit.SECONDS)).isZero();
        }
        finally {
            reader.shutdownNow();
        }
    }
}
