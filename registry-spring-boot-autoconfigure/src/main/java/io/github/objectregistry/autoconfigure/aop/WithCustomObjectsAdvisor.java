package io.github.objectregistry.autoconfigure.aop;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;

/**
 * Applies a {@link WithCustomObjectsAspect} as a Spring advisor rather than as an {@code @Aspect} bean: the same
 * advice (the aspect runs every call), the same methods, the aspect's order, but matched at start-up by
 * {@link WithCustomObjectsPointcut}, without AspectJ's per-method shadow matching. This is what the
 * auto-configuration registers; the aspect itself stays usable where AspectJ is wanted, for example with
 * {@code AspectJProxyFactory}.
 */
public class WithCustomObjectsAdvisor extends AbstractPointcutAdvisor {

    private final transient WithCustomObjectsAspect aspect;

    private final transient MethodInterceptor interceptor;

    /**
     * Creates the advisor.
     * @param aspect the aspect whose scopes every matched call runs in; its order is the advisor's
     */
    public WithCustomObjectsAdvisor(WithCustomObjectsAspect aspect) {
        this.aspect = aspect;
        this.interceptor = (invocation) -> aspect.proceedInScope(invocation.getMethod(), invocation.getThis(),
                invocation::proceed);
        setOrder(aspect.getOrder());
    }

    /** The aspect that runs the calls. */
    public WithCustomObjectsAspect getAspect() {
        return this.aspect;
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
