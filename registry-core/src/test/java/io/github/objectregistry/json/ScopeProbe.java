package io.github.objectregistry.json;

import java.util.Map;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a read leaves the calling thread's scopes exactly as it found them: a scope opened before the
 * read must still be the innermost one after it, still see its own entry, and close cleanly (closing a scope
 * that is not the innermost throws). A read that leaked a scope, or closed one of the caller's, fails here.
 */
final class ScopeProbe {

    private static final String PROBE_NAME = "probe>scope";

    private ScopeProbe() {
    }

    static void assertReadLeavesScopesAlone(ObjectRegistry registry, Runnable read) {
        int depthBefore = registry.scopeDepth();
        Object probe = new Object();
        CustomObjectScope scope = registry.customObjectScope(Map.of(PROBE_NAME, probe));
        read.run();
        assertThat(registry.scopeDepth()).as("scopes open after the read").isEqualTo(depthBefore + 1);
        assertThat(registry.getRegisteredObject(PROBE_NAME)).as("the caller's scope entry").isSameAs(probe);
        scope.close();
        assertThat(scope.isClosed()).isTrue();
        assertThat(registry.scopeDepth()).isEqualTo(depthBefore);
        assertThat(registry.getRegisteredObject(PROBE_NAME)).isNull();
    }
}
