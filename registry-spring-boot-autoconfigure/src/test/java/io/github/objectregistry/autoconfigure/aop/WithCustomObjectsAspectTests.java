package io.github.objectregistry.autoconfigure.aop;

import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.Greeters.Casual;
import io.github.objectregistry.autoconfigure.aop.Greeters.Greeter;
import io.github.objectregistry.autoconfigure.aop.Greeters.Polite;
import io.github.objectregistry.autoconfigure.aop.Greeters.TypeAnnotatedGreeter;
import org.junit.jupiter.api.Test;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The aspect's logic on its own, through AspectJProxyFactory, with no application context. */
class WithCustomObjectsAspectTests {

    private final ObjectRegistry registry = new ObjectRegistry();

    private Greeter proxy(WithCustomObjectsAspect aspect) {
        AspectJProxyFactory factory = new AspectJProxyFactory(new TypeAnnotatedGreeter(this.registry));
        factory.addAspect(aspect);
        return factory.getProxy();
    }

    private Greeter proxy() {
        return proxy(new WithCustomObjectsAspect(this.registry, null, 0));
    }

    @Test
    void methodAnnotationWinsOverTypeAnnotationAndAdvisesOnce() {
        assertThat(proxy().annotatedMethod()).isEqualTo(new Greeters.Seen(Polite.class, 1));
    }

    @Test
    void typeAnnotationAppliesToMethodsWithoutTheirOwn() {
        assertThat(proxy().plainMethod()).isEqualTo(new Greeters.Seen(Casual.class, 1));
    }

    @Test
    void resolvedObjectsAreCachedOncePerMethodAcrossCalls() {
        WithCustomObjectsAspect aspect = new WithCustomObjectsAspect(this.registry, null, 0);
        Greeter greeter = proxy(aspect);
        for (int i = 0; i < 100; i++) {
            greeter.annotatedMethod();
            greeter.plainMethod();
        }
        assertThat(aspect.cachedMethods()).isEqualTo(2);
    }

    @Test
    void scopeIsClosedAfterTheCall() {
        proxy().annotatedMethod();
        assertThat(this.registry.scopeDepth()).isZero();
        assertThat(this.registry.getRegisteredObject("greeting")).isNull();
    }

    @Test
    void scopeIsClosedWhenTheMethodThrows() {
        assertThatIllegalStateException().isThrownBy(proxy()::failingMethod).withMessage("halfway");
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void classesAreAddedUnderTheirRegisteredOrElseSimpleName() {
        this.registry.register("greet", "Polite", Polite.class);
        WithCustomObjectsAspect aspect = new WithCustomObjectsAspect(this.registry, null, 0);
        assertThat(aspect.customObjects(annotation(ClassesOnly.class)))
            .containsOnly(Map.entry("greet>Polite", Polite.class), Map.entry("Casual", Casual.class));
    }

    @Test
    void beansAreAddedUnderTheirRegisteredOrElseBeanName() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        StringBuilder registered = new StringBuilder("registered");
        StringBuilder plain = new StringBuilder("plain");
        beanFactory.registerSingleton("registeredBean", registered);
        beanFactory.registerSingleton("plainBean", plain);
        this.registry.register("greet", "builder", registered);
        WithCustomObjectsAspect aspect = new WithCustomObjectsAspect(this.registry, beanFactory, 0);
        assertThat(aspect.customObjects(annotation(BeansOnly.class)))
            .containsOnly(Map.entry("greet>builder", registered), Map.entry("plainBean", plain));
    }

    @Test
    void beansWithoutABeanFactoryFailSayingWhatIsMissing() {
        WithCustomObjectsAspect aspect = new WithCustomObjectsAspect(this.registry, null, 0);
        assertThatIllegalStateException().isThrownBy(() -> aspect.customObjects(annotation(BeansOnly.class)))
            .withMessageContaining("names bean 'registeredBean'")
            .withMessageContaining("Pass the application's BeanFactory");
    }

    @Test
    void orderIsTheOneGiven() {
        assertThat(new WithCustomObjectsAspect(this.registry, null, 42).getOrder()).isEqualTo(42);
    }

    private static WithCustomObjects annotation(Class<?> type) {
        return AnnotationUtils.findAnnotation(type, WithCustomObjects.class);
    }

    @WithCustomObjects({ Polite.class, Casual.class })
    static class ClassesOnly {
    }

    @WithCustomObjects(beans = { "registeredBean", "plainBean" })
    static class BeansOnly {
    }
}
