package io.github.objectregistry.test;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Conventions;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.support.DirtiesContextTestExecutionListener;

/**
 * Applies {@link WithCustomObjects} to Spring tests ({@code @SpringBootTest}, the slices,
 * {@code @SpringJUnitConfig}) with no annotation of its own: registered through {@code META-INF/spring.factories},
 * so adding the {@code registry-test} dependency is all it takes.
 *
 * <ul>
 * <li>Each test method runs in a scope of the test context's {@link ObjectRegistry}, opened on the test's thread
 * before its {@code @BeforeEach} methods and closed after its {@code @AfterEach} methods, even when it fails.
 * The scope holds what the method's {@code @WithCustomObjects} names, or else its class's; bean names resolve
 * through the test's application context. An unannotated test gets an empty scope, so its
 * {@code getCustomObjects().put(...)} ends with it.</li>
 * <li>After the class, the registry's global entries must be as the class found them. A change that still
 * reached them ({@code register(...)}, a {@code put} from {@code @BeforeAll} or from another thread) fails the
 * class with a message naming the names, and the cached context is dropped so the next class gets a fresh
 * registry. A class annotated {@code @DirtiesContext} drops its context anyway and is not checked.</li>
 * </ul>
 * A test context without an {@code ObjectRegistry} bean is left alone, unless a test asks for custom objects:
 * that is an error saying the registry is missing.
 */
public class CustomObjectsTestExecutionListener extends AbstractTestExecutionListener {

    /**
     * Just before {@link DirtiesContextTestExecutionListener}: "after" callbacks run in reverse order, so the check
     * after the class runs once a {@code @DirtiesContext} has already dropped the context.
     */
    public static final int ORDER = 2900;

    private static final Log logger = LogFactory.getLog(CustomObjectsTestExecutionListener.class);

    private static final String DEPTH = Conventions.getQualifiedAttributeName(
            CustomObjectsTestExecutionListener.class, "scopeDepth");

    private static final String GLOBALS = Conventions.getQualifiedAttributeName(
            CustomObjectsTestExecutionListener.class, "globalEntries");

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** A context cached by an earlier class is what this class must leave as it found it. */
    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            rememberGlobalEntries(testContext);
        }
    }

    /** A context this class loads itself is first seen here, once dependency injection has loaded it. */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!testContext.hasAttribute(GLOBALS)) {
            rememberGlobalEntries(testContext);
        }
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        WithCustomObjects annotation = TestScopes.annotation(testContext.getTestMethod(), testContext.getTestClass());
        ApplicationContext context = testContext.getApplicationContext();
        ObjectRegistry registry = context.getBeanProvider(ObjectRegistry.class).getIfUnique();
        if (registry == null) {
            if (annotation != null) {
                throw new IllegalStateException(testContext.getTestMethod() + " has @WithCustomObjects, but its "
                        + "application context has no single ObjectRegistry bean to open the scope in. Add the "
                        + "registry-spring-boot-starter to the test's classpath, include ObjectRegistryAutoConfiguration "
                        + "in the test's configuration, or mark one ObjectRegistry bean @Primary.");
            }
            return;
        }
        int depth;
        try {
            depth = TestScopes.open(registry, annotation, context.getAutowireCapableBeanFactory());
        }
        catch (NoSuchBeanDefinitionException ex) {
            throw new IllegalStateException("The @WithCustomObjects of " + testContext.getTestMethod() + " names "
                    + "bean '" + ex.getBeanName() + "', which the test's application context does not have. Name a "
                    + "bean the context defines (a slice such as @WebMvcTest leaves most beans out: @Import its "
                    + "configuration), or name a class: @CustomObject(name = \"pkg>Name\", type = MyType.class).",
                    ex);
        }
        testContext.setAttribute(DEPTH, depth);
        if (logger.isDebugEnabled()) {
            logger.debug("Opened the custom object scope of " + testContext.getTestMethod() + ": "
                    + registry.getCustomObjects().size() + " visible names");
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        Object depth = testContext.removeAttribute(DEPTH);
        if (depth != null) {
            TestScopes.close(registry(testContext), (Integer) depth);
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        Object before = testContext.removeAttribute(GLOBALS);
        if (!(before instanceof GlobalEntries globals) || !testContext.hasApplicationContext()) {
            return;
        }
        ObjectRegistry registry = registry(testContext);
        try {
            globals.requireUnchangedBy(registry, testContext.getTestClass(), "register(...) always changes the "
                    + "shared entries, even inside a test method; for objects that a test needs, use "
                    + "@WithCustomObjects on the test or registry.getCustomObjects().put(...) inside it, which go "
                    + "into the test's own scope and end with it. Or add @DirtiesContext to the class to give it a "
                    + "context of its own.");
        }
        catch (IllegalStateException ex) {
            testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
            throw ex;
        }
    }

    private static void rememberGlobalEntries(TestContext testContext) {
        ObjectRegistry registry = registry(testContext);
        if (registry != null) {
            testContext.setAttribute(GLOBALS, GlobalEntries.of(registry));
        }
    }

    private static ObjectRegistry registry(TestContext testContext) {
        return testContext.getApplicationContext().getBeanProvider(ObjectRegistry.class).getIfUnique();
    }
}
