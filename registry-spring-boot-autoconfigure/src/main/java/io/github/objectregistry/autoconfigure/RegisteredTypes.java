package io.github.objectregistry.autoconfigure;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import io.github.objectregistry.RegisterSerializable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The {@code @RegisterSerializable} classes found by scanning, by name. It is a bean of its own so that
 * ahead-of-time processing can replace the scan, which finds nothing in a native image, with the list it
 * found at build time.
 */
public final class RegisteredTypes {

    private final List<String> typeNames;

    private final List<String> packages;

    private RegisteredTypes(Collection<String> typeNames, List<String> packages) {
        this.typeNames = List.copyOf(new TreeSet<>(typeNames));
        this.packages = List.copyOf(packages);
    }

    /**
     * Creates the list from known class names, as code generated ahead of time does.
     * @param typeNames fully qualified class names
     * @return the list
     */
    public static RegisteredTypes of(String... typeNames) {
        return new RegisteredTypes(List.of(typeNames), List.of());
    }

    /**
     * Scans packages for classes annotated {@code @RegisterSerializable}. Spring components are left out:
     * annotated beans are registered as instances instead.
     * @param environment the environment, for the scanner's conditions
     * @param resourceLoader where to find the classes
     * @param metadataReaders reads class files; pass Spring Boot's shared, caching one so that classes the
     * component scan has read are not parsed again; may be {@code null}
     * @param packages the packages to scan
     * @return the classes found
     */
    public static RegisteredTypes scan(Environment environment, ResourceLoader resourceLoader,
            MetadataReaderFactory metadataReaders, List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment) {
            // Keep interfaces, abstract and inner classes: registering them fails with a message that says why,
            // which beats silently ignoring an annotation.
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.setResourceLoader(resourceLoader);
        if (metadataReaders != null) {
            scanner.setMetadataReaderFactory(metadataReaders);
        }
        scanner.addIncludeFilter(new AnnotationTypeFilter(RegisterSerializable.class));
        scanner.addExcludeFilter(new AnnotationTypeFilter(Component.class));
        TreeSet<String> names = new TreeSet<>();
        for (String packageName : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(packageName)) {
                names.add(candidate.getBeanClassName());
            }
        }
        return new RegisteredTypes(names, packages);
    }

    /** The class names, sorted. */
    public List<String> getTypeNames() {
        return this.typeNames;
    }

    /** The packages that were scanned; empty when the list was generated ahead of time. */
    public List<String> getPackages() {
        return this.packages;
    }

    /**
     * Loads the classes. The names come from the application's own scan, never from input.
     * @param classLoader the class loader
     * @return the classes, in name order
     */
    public List<Class<?>> load(ClassLoader classLoader) {
        return this.typeNames.stream().<Class<?>>map((name) -> ClassUtils.resolveClassName(name, classLoader)).toList();
    }

    @Override
    public String toString() {
        return "RegisteredTypes" + this.typeNames;
    }
}
