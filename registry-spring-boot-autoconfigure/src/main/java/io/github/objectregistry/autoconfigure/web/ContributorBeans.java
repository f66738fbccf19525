package io.github.objectregistry.autoconfigure.web;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ObjectUtils;

/**
 * The beans that add objects to each request's scope, in their order, each under its bean name so that the
 * request filters' errors can name it.
 */
public final class ContributorBeans {

    private ContributorBeans() {
    }

    /**
     * The contributors in their order, by bean name. Only singletons have a name to find; another instance is
     * named by its identity.
     * @param <T> the contributor type
     * @param beanFactory where the beans are
     * @param type the contributor type
     * @param contributors the contributors, ordered
     * @return bean name to contributor, in order
     */
    public static <T> Map<String, T> byBeanName(ListableBeanFactory beanFactory, Class<T> type,
            ObjectProvider<T> contributors) {
        Map<T, String> names = new IdentityHashMap<>();
        beanFactory.getBeansOfType(type, false, true).forEach((name, bean) -> names.put(bean, name));
        Map<String, T> ordered = new LinkedHashMap<>();
        contributors.orderedStream().forEach((contributor) -> ordered
            .put(names.getOrDefault(contributor, ObjectUtils.identityToString(contributor)), contributor));
        return ordered;
    }
}
