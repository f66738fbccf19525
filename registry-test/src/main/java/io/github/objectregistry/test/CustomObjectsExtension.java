package io.github.objectregistry.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Applies {@link WithCustomObjects} to JUnit tests that run without Spring; Spring tests need nothing, as
 * {@link CustomObjectsTestExecutionListener} does it for them.
 *
 * <pre>{@code
 * @ExtendWith(CustomObjectsExtension.class)
 * class PricingRuleTests {
 *     private final ObjectRegistry registry = new ObjectRegistry();   // the registry the scopes open in
 *
 *     @Test
 *     @WithCustomObjects(objects = @CustomObject(name = "shop>Discount", type = DiscountV2.class))
 *     void readsTheNewDiscount() { ... }
 * }
 * }</pre>
 *
 * <p><b>Which registry.</b> The test class's one field of type {@link ObjectRegistry} (instance or static, declared
 * in the class or a superclass); with no such field, {@link ObjectRegistry#global()}. Two such fields are an
 * error, as the extension could only guess.
 *
 * <p>Each test runs in a scope of that registry, opened on the test's thread before its {@code @BeforeEach}
 * methods and closed after its {@code @AfterEach} methods, even when it fails: what the method's annotation names,
 * or else its class's (the method's wins), or nothing. A {@code put} in a test therefore ends with it. Without
 * Spring there are no beans: an annotation that names one is an error. A registry that outlives the class (a
 * static field, or the global one) must be left as the class found it: a {@code register(...)} or a {@code put}
 * from {@code @BeforeAll} fails the class, naming the names.
 */
public class CustomObjectsExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
        .create(CustomObjectsExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        ObjectRegistry shared = registry(context.getRequiredTestClass(), null);
        if (shared != null) {
            context.getStore(NAMESPACE).put(GlobalEntries.class, GlobalEntries.of(shared));
            context.getStore(NAMESPACE).put(ObjectRegistry.class, shared);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        ObjectRegistry registry = registry(context.getRequiredTestClass(), context.getRequiredTestInstance());
        WithCustomObjects annotation = TestScopes.annotation(context.getRequiredTestMethod(),
                context.getRequiredTestClass());
        int depth = TestScopes.open(registry, annotation, null);
        context.getStore(NAMESPACE).put(Scope.class, new Scope(registry, depth));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Scope scope = context.getStore(NAMESPACE).remove(Scope.class, Scope.class);
        if (scope != null) {
            TestScopes.close(scope.registry(), scope.depth());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        GlobalEntries before = context.getStore(NAMESPACE).remove(GlobalEntries.class, GlobalEntries.class);
        ObjectRegistry shared = context.getStore(NAMESPACE).remove(ObjectRegistry.class, ObjectRegistry.class);
        if (before != null) {
            before.requireUnchangedBy(shared, context.getRequiredTestClass(), "register(...) always changes the shared "
                    + "entries, even inside a test method; for objects that a test needs, use @WithCustomObjects on "
                    + "the test or registry.getCustomObjects().put(...) inside it, which go into the test's own "
                    + "scope and end with it. Or give the class a registry of its own: a field "
                    + "'ObjectRegistry registry = new ObjectRegistry()'.");
        }
    }

    /**
     * The registry the tests' scopes open in.
     * @param instance the test instance, or {@code null} before there is one: then only a registry that outlives
     * the class (a static field, or the global one) is returned, and {@code null} for an instance field
     */
    private static ObjectRegistry registry(Class<?> testClass, Object instance) throws IllegalAccessException {
        List<Field> fields = ReflectionSupport.findFields(testClass,
                (field) -> ObjectRegistry.class.isAssignableFrom(field.getType()), HierarchyTraversalMode.TOP_DOWN);
        if (fields.isEmpty()) {
            return ObjectRegistry.global();
        }
        if (fields.size() > 1) {
            throw new IllegalStateException(testClass.getName() + " has " + fields.size() + " ObjectRegistry fields "
                    + fields.stream().map(Field::getName).sorted().toList() + ", so CustomObjectsExtension cannot tell which "
                    + "one the tests' scopes belong in. Keep one ObjectRegistry field in the test class.");
        }
        Field field = fields.get(0);
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (!isStatic && instance == null) {
            return null;
        }
        field.setAccessible(true);
        ObjectRegistry registry = (ObjectRegistry) field.get(isStatic ? null : instance);
        if (registry == null) {
            throw new IllegalStateException("The field " + testClass.getName() + "." + field.getName() + " is null "
                    + "when the test starts. Initialize it where it is declared, so that CustomObjectsExtension can "
                    + "open the test's scope in it.");
        }
        return registry;
    }

    /** The scope a test runs in: the registry and the depth to close back to. */
    private record Scope(ObjectRegistry registry, int depth) {
    }
}
