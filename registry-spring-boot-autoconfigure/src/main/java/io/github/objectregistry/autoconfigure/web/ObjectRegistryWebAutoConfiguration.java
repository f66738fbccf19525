package io.github.objectregistry.autoconfigure.web;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.ObjectRegistryAutoConfiguration;
import io.github.objectregistry.autoconfigure.ObjectRegistryProperties;
import io.github.objectregistry.autoconfigure.ScopeLeakListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens a custom object scope for every request of a servlet web application.
 */
@AutoConfiguration(after = ObjectRegistryAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@ConditionalOnBean(ObjectRegistry.class)
@ConditionalOnBooleanProperty(name = "object-registry.web.request-scope.enabled", matchIfMissing = true)
public final class ObjectRegistryWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CustomObjectScopeFilter customObjectScopeFilter(ObjectRegistry registry, ListableBeanFactory beanFactory,
            ObjectProvider<RequestCustomObjects> contributors, ObjectRegistryProperties properties,
            ObjectProvider<ScopeLeakListener> leakListeners) {
        CustomObjectScopeFilter filter = new CustomObjectScopeFilter(registry,
                ContributorBeans.byBeanName(beanFactory, RequestCustomObjects.class, contributors),
                properties.getWeb().getRequestScope().getOrder(), properties.getPropagation().isEnabled());
        filter.setLeakListener(ScopeLeakListener.of(leakListeners.orderedStream().toList()));
        return filter;
    }
}
