package io.github.objectregistry.autoconfigure.aop;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.Greeters.Casual;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor makes its aspect at the first advised call, not when Spring creates advisors (which can be before
 * every bean post-processor exists), and runs the call in the annotation's scope.
 */
class WithCustomObjectsAdvisorTests {

    @Test
    void theAspectIsMadeAtTheFirstAdvisedCallOnly() {
        ObjectRegistry registry = new ObjectRegistry();
        AtomicInteger made = new AtomicInteger();
        WithCustomObjectsAdvisor advisor = new WithCustomObjectsAdvisor(5, () -> {
            made.incrementAndGet();
            return new WithCustomObjectsAspect(registry, null, 5);
        });
        ProxyFactory factory = new ProxyFactory(new Scoped(registry));
        factory.addAdvisor(advisor);
        Scoped proxy = (Scoped) factory.getProxy();
        assertThat(advisor.getOrder()).isEqualTo(5);
        assertThat(made).hasValue(0);
        assertThat(proxy.depthInside()).isEqualTo(1);
        assertThat(proxy.depthInside()).isEqualTo(1);
        assertThat(made).hasValue(1);
        assertThat(registry.scopeDepth()).isZero();
    }

    static class Scoped {

        private final ObjectRegistry registry;

        Scoped(ObjectRegistry registry) {
            this.registry = registry;
        }

        @WithCustomObjects(objects = @CustomObject(name = "Greeting", type = Casual.class))
        public int depthInside() {
            return this.registry.scopeDepth();
        }
    }
}
