package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.Greeters.Casual;
import org.aspectj.lang.annotation.Around;
import org.junit.jupiter.api.Test;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.aspectj.AspectJExpressionPointcut;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor's reflective pointcut selects exactly the methods that the aspect's own AspectJ pointcuts select,
 * class by class and method by method, including the cases where annotations are not inherited.
 */
class WithCustomObjectsPointcutTests {

    @Test
    void matchesWhatTheAspectsAspectJPointcutsMatch() {
        List<AspectJExpressionPointcut> aspectJ = aspectPointcuts();
        // Methods are visited with those they override (Object.toString too), each asked against the class.
        Set<String> matched = new TreeSet<>();
        for (Class<?> type : List.of(AnnotatedMethods.class, AnnotatedType.class, SubclassOfAnnotatedType.class,
                OverridesAnnotatedMethod.class, ImplementsAnnotatedInterface.class, Plain.class)) {
            ReflectionUtils.doWithMethods(type, (method) -> {
                boolean expected = aspectJ.stream().anyMatch((pointcut) -> matches(pointcut, method, type));
                assertThat(WithCustomObjectsPointcut.INSTANCE.getMethodMatcher().matches(method, type))
                    .as("%s on %s", method, type.getSimpleName())
                    .isEqualTo(expected);
                if (expected) {
                    matched.add(type.getSimpleName() + "." + method.getName());
                }
            });
        }
        assertThat(matched).containsExactly("AnnotatedMethods.annotated", "AnnotatedType.inherited",
                "AnnotatedType.own", "AnnotatedType.toString", "SubclassOfAnnotatedType.inherited",
                "SubclassOfAnnotatedType.own", "SubclassOfAnnotatedType.toString");
    }

    private static boolean matches(AspectJExpressionPointcut pointcut, Method method, Class<?> type) {
        return pointcut.getClassFilter().matches(type) && pointcut.getMethodMatcher().matches(method, type);
    }

    /** The expressions of the aspect's {@code @Around} methods, as Spring AOP would match them. */
    private static List<AspectJExpressionPointcut> aspectPointcuts() {
        List<AspectJExpressionPointcut> pointcuts = new ArrayList<>();
        for (Method advice : WithCustomObjectsAspect.class.getDeclaredMethods()) {
            Around around = advice.getAnnotation(Around.class);
            if (around != null) {
                AspectJExpressionPointcut pointcut = new AspectJExpressionPointcut();
                pointcut.setExpression(around.value());
                pointcuts.add(pointcut);
            }
        }
        assertThat(pointcuts).hasSize(2);
        assertThat(WithCustomObjectsPointcut.INSTANCE.getClassFilter()).isSameAs(ClassFilter.TRUE);
        return pointcuts;
    }

    static class AnnotatedMethods {

        @WithCustomObjects(objects = @CustomObject(name = "Greeting", type = Casual.class))
        public void annotated() {
        }

        public void plain() {
        }
    }

    @WithCustomObjects(objects = @CustomObject(name = "Greeting", type = Casual.class))
    static class AnnotatedType {

        public void own() {
        }

        public void inherited() {
        }

        @Override
        public String toString() {
            return "annotated";
        }
    }

    /** Methods declared by the annotated superclass match there; the subclass's own do not (no @Inherited). */
    static class SubclassOfAnnotatedType extends AnnotatedType {

        public void added() {
        }
    }

    /** The annotation on an overridden method is not inherited by the override. */
    static class OverridesAnnotatedMethod extends AnnotatedMethods {

        @Override
        public void annotated() {
        }
    }

    interface AnnotatedContract {

        @WithCustomObjects(objects = @CustomObject(name = "Greeting", type = Casual.class))
        void call();
    }

    /** An annotation on an interface method is not the running method's (the bean check refuses it). */
    static class ImplementsAnnotatedInterface implements AnnotatedContract {

        @Override
        public void call() {
        }
    }

    static class Plain {

        public void call() {
        }
    }
}
