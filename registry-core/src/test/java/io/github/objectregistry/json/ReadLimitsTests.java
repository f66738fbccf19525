package io.github.objectregistry.json;

import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadConstraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * DESIGN §4.5, limits: every limit is finite and positive, one is the smallest allowed, each {@code with...}
 * copy changes only its own limit, and the limits reach Jackson unchanged.
 */
class ReadLimitsTests {

    static Stream<Limit> limits() {
        return Stream.of(
                new Limit("maxNestingDepth", (value) -> ReadLimits.DEFAULTS.withMaxNestingDepth(Math.toIntExact(value)),
                        ReadLimits::maxNestingDepth),
                new Limit("maxDocumentLength", ReadLimits.DEFAULTS::withMaxDocumentLength,
                        ReadLimits::maxDocumentLength),
                new Limit("maxStringLength", (value) -> ReadLimits.DEFAULTS.withMaxStringLength(Math.toIntExact(value)),
                        ReadLimits::maxStringLength),
                new Limit("maxTokenCount", ReadLimits.DEFAULTS::withMaxTokenCount, ReadLimits::maxTokenCount));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void zeroOrANegativeLimitIsRefusedNamingTheLimit(Limit limit) {
        for (long value : new long[] { 0, -1 }) {
            assertThatIllegalArgumentException().isThrownBy(() -> limit.with().apply(value))
                .withMessage(limit.name() + " must be positive, but was " + value
                        + "; every limit must stay finite so that hostile input fails fast.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void oneIsTheSmallestLimit(Limit limit) {
        assertThat(limit.value().applyAsLong(limit.with().apply(1))).isEqualTo(1);
    }

    @Test
    void eachCopyChangesOnlyItsOwnLimit() {
        assertThat(ReadLimits.DEFAULTS).isEqualTo(new ReadLimits(100, 10_000_000L, 1_000_000, 1_000_000L));
        assertThat(ReadLimits.DEFAULTS.withMaxNestingDepth(7))
            .isEqualTo(new ReadLimits(7, 10_000_000L, 1_000_000, 1_000_000L));
        assertThat(ReadLimits.DEFAULTS.withMaxDocumentLength(7))
            .isEqualTo(new ReadLimits(100, 7, 1_000_000, 1_000_000L));
        assertThat(ReadLimits.DEFAULTS.withMaxStringLength(7))
            .isEqualTo(new ReadLimits(100, 10_000_000L, 7, 1_000_000L));
        assertThat(ReadLimits.DEFAULTS.withMaxTokenCount(7))
            .isEqualTo(new ReadLimits(100, 10_000_000L, 1_000_000, 7));
    }

    @Test
    void limitsBecomeJacksonStreamConstraintsUnchanged() {
        StreamReadConstraints constraints = new ReadLimits(3, 4, 5, 6).toStreamReadConstraints();
        assertThat(constraints.getMaxNestingDepth()).isEqualTo(3);
        assertThat(constraints.getMaxDocumentLength()).isEqualTo(4);
        assertThat(constraints.getMaxStringLength()).isEqualTo(5);
        assertThat(constraints.getMaxTokenCount()).isEqualTo(6);
    }

    /** One limit: its name in messages, its {@code with...} copy of the defaults, and its accessor. */
    record Limit(String name, LongFunction<ReadLimits> with, ToLongFunction<ReadLimits> value) {

        @Override
        public String toString() {
            return this.name;
        }
    }
}
