package io.github.objectregistry.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import io.github.objectregistry.RegisterSerializable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The fallback when no index covers a package: finds the {@code @RegisterSerializable} classes of packages on
 * the classpath. Spring components are left out (annotated beans are registered as instances instead), and
 * so are annotation types (a user's own meta-annotations, which it warns about); interfaces, abstract and
 * inner classes stay in, so that registering them fails with a message that says why rather than the
 * annotation being silently ignored.
 *
 * <p>Most classes of an application are not registered, so each class file's bytes are first searched for the
 * annotation's descriptor, which the constant pool of every class carrying the annotation holds verbatim.
 * Only the class files that mention it are parsed, from the bytes already read.
 */
final class RegisteredTypesScan {

    private static final Log logger = LogFactory.getLog(RegisteredTypesScan.class);

    private static final byte[] DESCRIPTOR = ("L" + RegisterSerializable.class.getName().replace('.', '/') + ";")
        .getBytes(StandardCharsets.US_ASCII);

    private final ResourcePatternResolver resources;

    /** Not caching: each class is parsed once, and a cache keyed by the bytes would only hold memory. */
    private final MetadataReaderFactory metadataReaders;

    RegisteredTypesScan(ResourceLoader resourceLoader) {
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        this.metadataReaders = new SimpleMetadataReaderFactory(resourceLoader);
    }

    /**
     * Scans the packages and their sub-packages.
     * @param packages package names, placeholders resolved
     * @return the binary names of the classes found, sorted
     */
    Set<String> scan(Collection<String> packages) {
        Set<String> names = new TreeSet<>();
        try {
            for (String packageName : packages) {
                String path = ClassUtils.convertClassNameToResourcePath(packageName);
                for (Resource resource : this.resources.getResources("classpath*:" + path + "/**/*.class")) {
                    if (resource.isReadable()) {
                        addIfRegistered(resource.getContentAsByteArray(), names);
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not scan " + packages + " for @RegisterSerializable classes", ex);
        }
        return names;
    }

    private void addIfRegistered(byte[] classFile, Set<String> names) throws IOException {
        if (!mentionsAnnotation(classFile)) {
            return;
        }
        // Parsed from the bytes already read: reading the file a second time costs as much as the prefilter saves.
        AnnotationMetadata metadata = this.metadataReaders.getMetadataReader(new ByteArrayResource(classFile))
            .getAnnotationMetadata();
        if (metadata.isAnnotation()) {
            if (metadata.hasAnnotation(RegisterSerializable.class.getName())) {
                // A user's own meta-annotation: never a class to register, and read by nothing.
                logger.warn("Object registry: @RegisterSerializable on the annotation type " + metadata.getClassName()
                        + " has no effect: the registry reads it only from the class it registers, never through "
                        + "another annotation. Put @RegisterSerializable on each class instead.");
            }
            return;
        }
        if (metadata.hasAnnotation(RegisterSerializable.class.getName())
                && !metadata.hasAnnotation(Component.class.getName())
                && !metadata.hasMetaAnnotation(Component.class.getName())) {
            names.add(metadata.getClassName());
        }
    }

    /** Whether the class file's bytes hold the annotation's descriptor; a false positive only costs a parse. */
    static boolean mentionsAnnotation(byte[] classFile) {
        for (int i = 0, last = classFile.length - DESCRIPTOR.length; i <= last; i++) {
            if (classFile[i] == 'L' && Arrays.equals(classFile, i, i + DESCRIPTOR.length, DESCRIPTOR, 0,
                    DESCRIPTOR.length)) {
                return true;
            }
        }
        return false;
    }
}
