package io.github.objectregistry.test.app;

import io.github.objectregistry.ObjectRegistry;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Test classes that share a cached context never see each other's changes to its registry: a {@code put} in a
 * test stays in the test's scope, and a change that reaches the global entries fails the class that made it
 * and drops the context. The fixture classes run here one after another, in one JVM, as a build runs them.
 */
class TestClassIsolationTests {

    /** The fixtures' own context: a cache key no other test class uses, as one fixture gets its context dropped. */
    private static final String FIXTURE = "fixture=isolation";

    /** The registry the failing fixture test ran with, checked from outside once it has run. */
    static ObjectRegistry lastRegistry;

    @Test
    void putInATestDoesNotReachTheNextClass() {
        EngineExecutionResults results = run(PutsInATest.class);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(results.allEvents().failed().count()).isZero();
        assertThat(run(SeesNoLeak.class).testEvents().succeeded().count()).isEqualTo(1);
    }

    @Test
    void globalRegistrationFailsTheClassThatMadeItAndNeverReachesTheNextClass() {
        EngineExecutionResults results = run(RegistersGlobally.class);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        Throwable failure = results.containerEvents().failed().stream().findFirst().orElseThrow()
            .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(RegistersGlobally.class.getName())
            .hasMessageContaining("changed the global entries")
            .hasMessageContaining("[test>leaked]")
            .hasMessageContaining("register(...) always changes the shared entries")
            .hasMessageContaining("add @DirtiesContext");
        assertThat(run(SeesNoLeak.class).testEvents().succeeded().count()).isEqualTo(1);
    }

    @Test
    void classWithDirtiesContextMayChangeItsOwnRegistry() {
        EngineExecutionResults results = run(RegistersWithDirtiesContext.class);
        assertThat(results.allEvents().failed().count()).isZero();
        assertThat(run(SeesNoLeak.class).testEvents().succeeded().count()).isEqualTo(1);
    }

    @Test
    void scopeIsClosedWhenTheTestFails() {
        EngineExecutionResults results = run(FailsInScope.class);
        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        assertThat(lastRegistry.scopeDepth()).isZero();
        assertThat(lastRegistry.hasThreadState()).isFalse();
    }

    @Test
    void beanTheContextLacksFailsTheTestNamingTheAnnotationAndTheTest() {
        EngineExecutionResults results = run(NamesAMissingBean.class);
        Throwable failure = results.testEvents().failed().stream().findFirst().orElseThrow()
            .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("The @WithCustomObjects of ")
            .hasMessageContaining("NamesAMissingBean.named()")
            .hasMessageContaining("names bean 'noSuchBean', which the test's application context does not have");
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
    }

    @SpringBootTest(classes = TestSupportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = FIXTURE)
    static class NamesAMissingBean {

        @Test
        @io.github.objectregistry.WithCustomObjects(beans = "noSuchBean")
        void named() {
        }
    }

    @SpringBootTest(classes = TestSupportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = FIXTURE)
    static class PutsInATest {

        @Test
        void puts(@Autowired ObjectRegistry registry) {
            registry.getCustomObjects().put("test>leaked", Discount.class);
        }
    }

    @SpringBootTest(classes = TestSupportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = FIXTURE)
    static class RegistersGlobally {

        @Test
        void registers(@Autowired ObjectRegistry registry) {
            registry.register("test", "leaked", new Discount(1));
        }
    }

    /** The same registration, in a class whose context is dropped after it. */
    @DirtiesContext
    static class RegistersWithDirtiesContext extends RegistersGlobally {
    }

    @SpringBootTest(classes = TestSupportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = FIXTURE)
    static class SeesNoLeak {

        @Test
        void seesNothingOfEarlierClasses(@Autowired ObjectRegistry registry) {
            assertThat(registry.getRegisteredObject("test>leaked")).isNull();
        }
    }

    @SpringBootTest(classes = TestSupportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = FIXTURE)
    @io.github.objectregistry.WithCustomObjects(DiscountV2.class)
    static class FailsInScope {

        @Test
        void fails(@Autowired ObjectRegistry registry) {
            lastRegistry = registry;
            registry.customObjectScope();   // leaked on purpose, as well
            throw new AssertionError("failing on purpose");
        }
    }
}
