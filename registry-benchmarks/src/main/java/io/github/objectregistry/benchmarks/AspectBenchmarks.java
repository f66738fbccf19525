package io.github.objectregistry.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.WithCustomObjectsAdvisor;
import io.github.objectregistry.autoconfigure.aop.WithCustomObjectsAspect;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.aop.framework.ProxyFactory;

/**
 * A {@code @WithCustomObjects} method called through a Spring AOP proxy, against the same method on a
 * proxy whose aspect matches the same annotation and only proceeds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AspectBenchmarks {

    /** The advised work: one lookup of the name the annotation binds. */
    public interface Work {

        Object run();
    }

    public static class AnnotatedWork implements Work {

        private final ObjectRegistry registry;

        public AnnotatedWork(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        @WithCustomObjects(objects = @CustomObject(name = "bench>Circle", type = Shapes.CircleV2.class))
        public Object run() {
            return this.registry.getRegisteredObject("bench>Circle");
        }
    }

    /** The baseline: advice on the same join points that does nothing but proceed. */
    @Aspect
    public static class NoOpAspect {

        @Around("execution(@io.github.objectregistry.WithCustomObjects * *(..))")
        public Object proceed(ProceedingJoinPoint joinPoint) throws Throwable {
            return joinPoint.proceed();
        }
    }

    private final Work withCustomObjects;

    private final Work withCustomObjectsAdvisor;

    private final Work noOpAspect;

    public AspectBenchmarks() {
        ObjectRegistry registry = Shapes.registry();
        this.withCustomObjects = proxy(new AnnotatedWork(registry), new WithCustomObjectsAspect(registry, null, 0));
        ProxyFactory advised = new ProxyFactory(new AnnotatedWork(registry));
        advised.addAdvisor(new WithCustomObjectsAdvisor(new WithCustomObjectsAspect(registry, null, 0)));
        this.withCustomObjectsAdvisor = (Work) advised.getProxy();
        this.noOpAspect = proxy(new AnnotatedWork(registry), new NoOpAspect());
    }

    static Work proxy(Work target, Object aspect) {
        AspectJProxyFactory factory = new AspectJProxyFactory(target);
        factory.addAspect(aspect);
        return factory.getProxy();
    }

    @Benchmark
    public Object noOpAspect() {
        return this.noOpAspect.run();
    }

    /** The aspect itself, through AspectJ's pointcut matching, as an application's {@code AspectJProxyFactory} uses it. */
    @Benchmark
    public Object withCustomObjects() {
        return this.withCustomObjects.run();
    }

    /** The auto-configured route: the same aspect applied by {@link WithCustomObjectsAdvisor}. */
    @Benchmark
    public Object withCustomObjectsAdvisor() {
        return this.withCustomObjectsAdvisor.run();
    }
}
