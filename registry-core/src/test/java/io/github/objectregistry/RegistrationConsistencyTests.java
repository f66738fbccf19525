package io.github.objectregistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import io.github.objectregistry.Fixtures.DefaultPackaged;
import io.github.objectregistry.Fixtures.Discount;
import io.github.objectregistry.Fixtures.MyDense;
import io.github.objectregistry.Fixtures.OtherDense;
import io.github.objectregistry.Fixtures.RenamedDense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of {@code register}, global {@code put} and {@code remove}, under each conflict policy,
 * must leave the names, the registrations and each target's written name agreeing with one another, and a
 * refused change must change nothing.
 */
class RegistrationConsistencyTests {

    private static final List<String> NAMES = List.of("a>One", "a>Two", "b>One", "b>Two", "c>Three");

    private static final DoubleUnaryOperator IDENTITY = (x) -> x;

    private static final DoubleUnaryOperator NEGATE = (x) -> -x;

    private static final List<Object> TARGETS = List.of(MyDense.class, OtherDense.class, RenamedDense.class,
            Discount.class, DefaultPackaged.class, IDENTITY, NEGATE);

    @ParameterizedTest
    @EnumSource(ConflictPolicy.class)
    void everySequenceOfChangesLeavesTheRegistryConsistent(ConflictPolicy policy) {
        Random random = new Random(42);
        for (int run = 0; run < 50; run++) {
            ObjectRegistry registry = new ObjectRegistry(policy);
            for (int step = 0; step < 40; step++) {
                Map<Object, Object> before = state(registry);
                try {
                    change(registry, random);
                }
                catch (DuplicateRegistrationException ex) {
                    assertThat(policy).isEqualTo(ConflictPolicy.FAIL);
                    assertThat(state(registry)).as("after refused change: %s", ex.getMessage()).isEqualTo(before);
                }
                assertConsistent(registry);
            }
        }
    }

    private static void change(ObjectRegistry registry, Random random) {
        String name = pick(NAMES, random);
        Object target = pick(TARGETS, random);
        switch (random.nextInt(4)) {
            case 0 -> registry.register(name.substring(0, 1), name.substring(2), target);
            case 1 -> registry.register(name.substring(0, 1), name.substring(2), target, pick(NAMES, random));
            case 2 -> registry.getCustomObjects().put(name, target);
            default -> registry.getCustomObjects().remove(name);
        }
    }

    /** Every registration's names resolve to it, and a registered target is written under its own entry. */
    private static void assertConsistent(ObjectRegistry registry) {
        for (Registration registration : registry.getRegistrations()) {
            List<String> names = new ArrayList<>(registration.aliases());
            names.add(registration.name());
            for (String name : names) {
                assertThat(registry.getRegistration(name)).as(name).isEqualTo(registration);
                assertThat(registry.getRegisteredObject(name)).as(name).isSameAs(registration.target());
            }
            if (!registration.aliases().isEmpty()) {
                assertThat(registry.findRegisteredName(registration.target())).isEqualTo(registration.name());
            }
        }
        for (Object target : TARGETS) {
            String name = registry.findRegisteredName(target);
            if (name != null) {
                assertThat(registry.getRegistration(name).target()).isSameAs(target);
                assertThat(registry.getRegistration(name).name()).isEqualTo(name);
            }
        }
        assertThat(registry.getCustomObjects().keySet())
            .allSatisfy((name) -> assertThat(registry.getRegistration(name)).isNotNull());
    }

    /** What a change may alter: every registration, and the written name of every target. */
    private static Map<Object, Object> state(ObjectRegistry registry) {
        Map<Object, Object> state = new LinkedHashMap<>();
        state.put("registrations", registry.getRegistrations());
        TARGETS.forEach((target) -> state.put(target, String.valueOf(registry.findRegisteredName(target))));
        return state;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
