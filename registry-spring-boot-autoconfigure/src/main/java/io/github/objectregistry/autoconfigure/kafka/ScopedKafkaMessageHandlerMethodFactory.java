package io.github.objectregistry.autoconfigure.kafka;

import java.lang.reflect.Method;
import java.util.Map;

import io.github.objectregistry.CustomObjectScope;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.autoconfigure.aop.AnnotatedCustomObjects;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.kafka.listener.adapter.KafkaMessageHandlerMethodFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolverComposite;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;

/**
 * Spring Kafka's handler method factory, whose listener methods carrying {@link WithCustomObjects} (on the
 * method or its class) resolve their arguments inside the annotation's scope. The payload is read while the
 * arguments are resolved, before the {@code @WithCustomObjects} aspect sees the call, so without this a record
 * naming an object that only the scope knows would be refused.
 */
public class ScopedKafkaMessageHandlerMethodFactory extends KafkaMessageHandlerMethodFactory {

    private final ObjectRegistry registry;

    private final BeanFactory beanFactory;

    private HandlerMethodArgumentResolverComposite resolvers;

    /**
     * Creates the factory.
     * @param registry the registry whose scopes are opened
     * @param beanFactory resolves {@link WithCustomObjects#beans()}
     */
    public ScopedKafkaMessageHandlerMethodFactory(ObjectRegistry registry, BeanFactory beanFactory) {
        this.registry = registry;
        this.beanFactory = beanFactory;
    }

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        this.resolvers = new HandlerMethodArgumentResolverComposite().addResolvers(initArgumentResolvers());
    }

    @Override
    public InvocableHandlerMethod createInvocableHandlerMethod(Object bean, Method method) {
        WithCustomObjects annotation = AnnotatedCustomObjects.find(method, AopUtils.getTargetClass(bean));
        if (annotation == null) {
            return super.createInvocableHandlerMethod(bean, method);
        }
        ScopedHandlerMethod handlerMethod = new ScopedHandlerMethod(bean, method, annotation);
        handlerMethod.setMessageMethodArgumentResolvers(this.resolvers);
        return handlerMethod;
    }

    /** Opens the scope around argument resolution (payload conversion included) and the call. */
    private final class ScopedHandlerMethod extends InvocableHandlerMethod {

        private final WithCustomObjects annotation;

        ScopedHandlerMethod(Object bean, Method method, WithCustomObjects annotation) {
            super(bean, method);
            this.annotation = annotation;
        }

        @Override
        public Object invoke(Message<?> message, Object... providedArgs) throws Exception {
            Map<String, Object> objects = AnnotatedCustomObjects.resolve(this.annotation, registry, beanFactory);
            try (CustomObjectScope scope = registry.customObjectScope(objects)) {
                return super.invoke(message, providedArgs);
            }
        }
    }
}
