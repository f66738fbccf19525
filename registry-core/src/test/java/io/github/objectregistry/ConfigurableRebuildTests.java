package io.github.objectregistry;

import java.io.IOException;
import java.util.Map;

import io.github.objectregistry.Fixtures.ConfigurableWithoutFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Configurable#rebuild}: what a {@code fromConfig} factory throws reaches the caller as it was thrown,
 * so a config's own validation message is the one the user reads; only a checked exception is wrapped.
 */
class ConfigurableRebuildTests {

    private static final Map<String, Object> CONFIG = Map.of("rate", 2.0);

    @Test
    void runtimeExceptionFromFromConfigReachesTheCallerUnwrapped() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> Configurable.rebuild(Validating.class, CONFIG))
            .withMessage("rate must be in [0, 1), but was 2.0")
            .withNoCause();
    }

    @Test
    void errorFromFromConfigReachesTheCallerUnwrapped() {
        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> Configurable.rebuild(Failing.class, CONFIG))
            .withMessage("fromConfig failed on purpose");
    }

    @Test
    void checkedExceptionFromFromConfigIsWrappedNamingTheClass() {
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> Configurable.rebuild(Reading.class, CONFIG))
            .withMessage(Reading.class.getName() + ".fromConfig failed: java.io.IOException: weights file missing")
            .withCauseInstanceOf(IOException.class);
    }

    @Test
    void classWithoutFromConfigCannotBeRebuiltAndIsToldWhatToAdd() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> Configurable.rebuild(ConfigurableWithoutFactory.class, CONFIG))
            .withMessage(ConfigurableWithoutFactory.class.getName() + " declares no 'public static "
                    + "ConfigurableWithoutFactory fromConfig(Map<String, Object> config)' method, so it cannot be "
                    + "rebuilt from a config. Add that method.");
    }

    @Test
    void validConfigIsRebuiltThroughTheFactory() {
        assertThat(Configurable.rebuild(Validating.class, Map.of("rate", 0.5)).getConfig())
            .isEqualTo(Map.of("rate", 0.5));
    }

    /** Validates its config in {@code fromConfig}, as a dropout layer checks its rate. */
    static final class Validating implements Configurable {

        private final double rate;

        private Validating(double rate) {
            this.rate = rate;
        }

        @Override
        public Map<String, Object> getConfig() {
            return Map.of("rate", this.rate);
        }

        public static Validating fromConfig(Map<String, Object> config) {
            double rate = ((Number) config.get("rate")).doubleValue();
            if (rate < 0 || rate >= 1) {
                throw new IllegalArgumentException("rate must be in [0, 1), but was " + rate);
            }
            return new Validating(rate);
        }
    }

    /** A factory that fails with an {@link Error}. */
    static final class Failing implements Configurable {

        @Override
        public Map<String, Object> getConfig() {
            return Map.of();
        }

        public static Failing fromConfig(Map<String, Object> config) {
            throw new AssertionError("fromConfig failed on purpose");
        }
    }

    /** A factory that declares a checked exception, as one reading a side file might. */
    static final class Reading implements Configurable {

        @Override
        public Map<String, Object> getConfig() {
            return Map.of();
        }

        public static Reading fromConfig(Map<String, Object> config) throws IOException {
            throw new IOException("weights file missing");
        }
    }
}
