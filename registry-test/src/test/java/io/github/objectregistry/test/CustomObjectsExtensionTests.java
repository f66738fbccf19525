package io.github.objectregistry.test;

import java.util.Map;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.test.app.Discount;
import io.github.objectregistry.test.app.DiscountV2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** {@link CustomObjectsExtension}: {@code @WithCustomObjects} on plain JUnit tests, in the test class's registry. */
@ExtendWith(CustomObjectsExtension.class)
@WithCustomObjects(objects = @CustomObject(name = "shop>Discount", type = DiscountV2.class))
class CustomObjectsExtensionTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    @AfterEach
    void scopeIsStillOpenInAfterEach() {
        assertThat(this.registry.scopeDepth()).isEqualTo(1);
    }

    @Test
    void classAnnotationOpensTheScopeInTheTestsRegistryField() {
        assertThat(this.registry.scopeDepth()).isEqualTo(1);
        assertThat(this.registry.getRegisteredObject("shop>Discount")).isEqualTo(DiscountV2.class);
        assertThat(ObjectRegistry.global().scopeDepth()).isZero();
    }

    @Test
    @WithCustomObjects(Discount.class)
    void methodAnnotationWinsOverTheClassAndAnUnregisteredClassGoesUnderItsAnnotatedName() {
        assertThat(this.registry.getCustomObjects()).containsOnlyKeys("shop>Discount");
        assertThat(this.registry.getRegisteredObject("shop>Discount")).isEqualTo(Discount.class);
    }

    @Test
    @WithCustomObjects(DiscountV2.class)
    void classWithoutAnnotationGoesUnderItsSimpleName() {
        assertThat(this.registry.getCustomObjects()).containsOnlyKeys("DiscountV2");
    }

    @Test
    void scopeIsClosedWhenTheTestFails() {
        EngineExecutionResults results = run(FailsInScope.class);
        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        assertThat(FailsInScope.registry.scopeDepth()).isZero();
        assertThat(FailsInScope.registry.hasThreadState()).isFalse();
    }

    @Test
    void withoutARegistryFieldTheGlobalRegistryIsUsedAndAGlobalRegistrationFailsTheClass() {
        try {
            EngineExecutionResults results = run(RegistersGlobally.class);
            assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
            assertThat(failureOf(results)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(RegistersGlobally.class.getName())
                .hasMessageContaining("[test>global]")
                .hasMessageContaining("register(...) always changes the shared entries")
                .hasMessageContaining("a field 'ObjectRegistry registry = new ObjectRegistry()'");
        }
        finally {
            ObjectRegistry.global().getCustomObjects().remove("test>global");
        }
    }

    @Test
    void beanNamesFailWithoutSpringSayingHowToRunWithSpring() {
        assertThat(failureOf(run(NamesABean.class))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("names beans [flatFee]")
            .hasMessageContaining("CustomObjectsExtension has no Spring application context")
            .hasMessageContaining("@SpringBootTest")
            .hasMessageNotContaining("aspect");
    }

    @Test
    void twoRegistryFieldsAreRefusedNamingThem() {
        assertThat(failureOf(run(TwoRegistries.class))).hasMessageContaining("[first, second]")
            .hasMessageContaining("Keep one ObjectRegistry field");
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    private static Throwable failureOf(EngineExecutionResults results) {
        return results.allEvents().failed().stream().findFirst().orElseThrow()
            .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @ExtendWith(CustomObjectsExtension.class)
    @WithCustomObjects(DiscountV2.class)
    static class FailsInScope {

        static final ObjectRegistry registry = new ObjectRegistry();

        @Test
        void fails() {
            registry.customObjectScope(Map.of());   // leaked on purpose, as well
            throw new AssertionError("failing on purpose");
        }
    }

    @ExtendWith(CustomObjectsExtension.class)
    static class RegistersGlobally {

        @Test
        void registers() {
            ObjectRegistry.global().register("test", "global", new Discount(1));
        }
    }

    @ExtendWith(CustomObjectsExtension.class)
    @WithCustomObjects(beans = "flatFee")
    static class NamesABean {

        @Test
        void named() {
        }
    }

    @ExtendWith(CustomObjectsExtension.class)
    static class TwoRegistries {

        ObjectRegistry first = new ObjectRegistry();

        ObjectRegistry second = new ObjectRegistry();

        @Test
        void either() {
        }
    }
}
