package io.github.objectregistry.autoconfigure.aop;

import java.lang.reflect.Constructor;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.aop.Greeters.Greeter;
import io.github.objectregistry.autoconfigure.aop.Greeters.Polite;
import io.github.objectregistry.autoconfigure.aop.Greeters.Seen;
import io.github.objectregistry.autoconfigure.reactor.ReactorScopeKey;
import org.junit.jupiter.api.Test;

import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.beans.factory.BeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Without Reactor on the classpath, the aspect loads and works, and never asks for a Reactor class. */
class AspectWithoutReactorTests {

    @Test
    void aspectWorksAndNeverLoadsReactorWhenReactorIsAbsent() throws Exception {
        WithoutReactorClassLoader loader = new WithoutReactorClassLoader(getClass().getClassLoader());
        Class<?> aspectType = loader.loadClass(WithCustomObjectsAspect.class.getName());
        assertThat(aspectType.getClassLoader()).isSameAs(loader);
        Constructor<?> constructor = aspectType.getConstructor(ObjectRegistry.class, BeanFactory.class, int.class,
                ReactorScopeKey.class);
        ObjectRegistry registry = new ObjectRegistry();
        Object aspect = constructor.newInstance(registry, null, 0, new ReactorScopeKey());

        AspectJProxyFactory factory = new AspectJProxyFactory(new Greeters.TypeAnnotatedGreeter(registry));
        factory.addAspect(aspect);
        Greeter greeter = factory.getProxy();

        assertThat(greeter.annotatedMethod()).isEqualTo(new Seen(Polite.class, 1));
        assertThat(loader.refused).containsExactly("reactor.core.publisher.Mono");
    }
}
