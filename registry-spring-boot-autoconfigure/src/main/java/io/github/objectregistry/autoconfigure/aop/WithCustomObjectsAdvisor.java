package io.github.objectregistry.autoconfigure.aop;

import java.util.function.Supplier;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.util.function.SingletonSupplier;

/**
 * Applies a {@link WithCustomObjectsAspect} as a Spring advisor rather than as an {@code @Aspect} bean: the same
 * advice (the aspect runs every call), the same methods, the aspect's order, but matched at start-up by
 * {@link WithCustomObjectsPointcut}, without AspectJ's per-method shadow matching. This is what the
 * auto-configuration registers; the aspect itself stays usable where AspectJ is wanted, for example with
 * {@code AspectJProxyFactory}.
 *
 * <p>Spring creates every advisor bean as soon as it proxies its first bean, possibly before all bean
 * post-processors exist; the aspect, and with it the registry it needs, can therefore be supplied lazily, at the
 * first advised call, so that the registry is still created, and filled, as an ordinary bean.
 */
public class WithCustomObjectsAdvisor extends AbstractPointcutAdvisor {

    private final transient Supplier<WithCustomObjectsAspect> aspect;

    private final transient MethodInterceptor interceptor;

    /**
     * Creates the advisor.
     * @param aspect the aspect whose scopes every matched call runs in; its order is the advisor's
     */
    public WithCustomObjectsAdvisor(WithCustomObjectsAspect aspect) {
        this(aspect.getOrder(), () -> aspect);
    }

    /**
     * Creates the advisor for an aspect made at the first advised call.
     * @param order the advisor's order among other advice (the aspect's own order is not consulted)
     * @param aspect supplies the aspect, once
     */
    public WithCustomObjectsAdvisor(int order, Supplier<WithCustomObjectsAspect> aspect) {
        this.aspect = SingletonSupplier.of(aspect);
        this.interceptor = (invocation) -> this.aspect.get().proceedInScope(invocation.getMethod(),
                invocation.getThis(), invocation::proceed);
        setOrder(order);
    }

    @Override
    public Pointcut getPointcut() {
        return WithCustomObjectsPointcut.INSTANCE;
    }

    @Override
    public Advice getAdvice() {
        return this.interceptor;
    }
}
