package io.github.objectregistry.test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.AnnotatedCustomObjects;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Opens and closes the scope a test runs in, for the Spring listener and the JUnit extension alike. Every test
 * gets a scope, empty when nothing is annotated: a {@code getCustomObjects().put(...)} in a test, or in its
 * {@code @BeforeEach} and {@code @AfterEach} methods, then goes into that scope and ends with the test, instead
 * of reaching the registry's global entries that the next test class shares.
 */
final class TestScopes {

    private TestScopes() {
    }

    /**
     * The annotation that applies to a test: the method's own wins over its class's (or a superclass's, or an
     * enclosing class's, for {@code @Nested} tests).
     * @return the annotation, or {@code null} if neither has one
     */
    static WithCustomObjects annotation(Method testMethod, Class<?> testClass) {
        WithCustomObjects onMethod = AnnotatedElementUtils.findMergedAnnotation(testMethod, WithCustomObjects.class);
        return (onMethod != null) ? onMethod
                : TestContextAnnotationUtils.findMergedAnnotation(testClass, WithCustomObjects.class);
    }

    /**
     * Opens the test's scope on the calling thread, the one that runs the test.
     * @param registry the registry
     * @param annotation the annotation that applies, or {@code null}
     * @param beanFactory resolves bean names; {@code null} without Spring
     * @return the scope depth to close back to when the test ends
     */
    static int open(ObjectRegistry registry, WithCustomObjects annotation, BeanFactory beanFactory) {
        if (beanFactory == null && annotation != null && !beanNames(annotation).isEmpty()) {
            throw new IllegalStateException("@WithCustomObjects names beans " + beanNames(annotation) + ", but a "
                    + "plain JUnit test with CustomObjectsExtension has no Spring application context to find them "
                    + "in. Run the test with Spring (@SpringBootTest or @SpringJUnitConfig) so that bean names "
                    + "resolve through the test's application context, or name a class instead: "
                    + "@WithCustomObjects(objects = @CustomObject(name = \"pkg>Name\", type = MyType.class)).");
        }
        int depth = registry.scopeDepth();
        Map<String, Object> objects = (annotation != null)
                ? AnnotatedCustomObjects.resolve(annotation, registry, beanFactory) : Map.of();
        registry.customObjectScope(objects);
        return depth;
    }

    private static List<String> beanNames(WithCustomObjects annotation) {
        List<String> names = new ArrayList<>(List.of(annotation.beans()));
        Arrays.stream(annotation.objects()).map(CustomObject::bean).filter((bean) -> !bean.isEmpty())
            .forEach(names::add);
        return names;
    }

    /**
     * Closes the test's scope, and any the test opened inside it and left open, however the test ended: the
     * thread that runs the next test starts clean.
     */
    static void close(ObjectRegistry registry, int depth) {
        registry.closeScopesAbove(depth);
    }
}
