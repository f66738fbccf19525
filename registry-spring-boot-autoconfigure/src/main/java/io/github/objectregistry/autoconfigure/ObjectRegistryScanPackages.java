package io.github.objectregistry.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The packages named by every {@link ObjectRegistryScan}, held as a bean so that the scan can find them.
 */
public class ObjectRegistryScanPackages {

    private static final String BEAN = ObjectRegistryScanPackages.class.getName();

    private final List<String> packageNames;

    /**
     * Creates the holder.
     * @param packageNames the packages to scan
     */
    public ObjectRegistryScanPackages(String... packageNames) {
        this.packageNames = List.of(packageNames);
    }

    /** The packages to scan, in declaration order. */
    public List<String> getPackageNames() {
        return this.packageNames;
    }

    /**
     * Returns the packages named by {@code @ObjectRegistryScan} in the given bean factory.
     * @param beanFactory the bean factory
     * @return the packages, possibly empty
     */
    public static List<String> get(BeanFactory beanFactory) {
        if (beanFactory.containsBean(BEAN)) {
            return beanFactory.getBean(BEAN, ObjectRegistryScanPackages.class).getPackageNames();
        }
        return Collections.emptyList();
    }

    /** Registers, or adds to, the holder bean for each {@code @ObjectRegistryScan}. */
    static class Registrar implements ImportBeanDefinitionRegistrar {

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            List<String> packages = new ArrayList<>();
            if (registry.containsBeanDefinition(BEAN)) {
                // Several @ObjectRegistryScan annotations add up; constructor arguments keep this AOT-friendly.
                String[] earlier = (String[]) registry.getBeanDefinition(BEAN).getConstructorArgumentValues()
                    .getIndexedArgumentValue(0, String[].class).getValue();
                packages.addAll(Arrays.asList(earlier));
                registry.removeBeanDefinition(BEAN);
            }
            packagesToScan(metadata).stream().filter((name) -> !packages.contains(name)).forEach(packages::add);
            RootBeanDefinition definition = new RootBeanDefinition(ObjectRegistryScanPackages.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, packages.toArray(String[]::new));
            definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition(BEAN, definition);
        }

        private static Set<String> packagesToScan(AnnotationMetadata metadata) {
            AnnotationAttributes attributes = AnnotationAttributes
                .fromMap(metadata.getAnnotationAttributes(ObjectRegistryScan.class.getName()));
            Set<String> packages = new LinkedHashSet<>(Arrays.asList(attributes.getStringArray("basePackages")));
            for (Class<?> type : attributes.getClassArray("basePackageClasses")) {
                packages.add(ClassUtils.getPackageName(type));
            }
            if (packages.isEmpty()) {
                packages.add(ClassUtils.getPackageName(metadata.getClassName()));
            }
            return packages;
        }
    }
}
