package io.github.objectregistry.processor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value RegisteredTypesIndex#LOCATION}, the start-up index of one compilation's output: every
 * {@code @RegisterSerializable} class it compiled (top-level and nested, by binary name), so that the starter
 * reads a list instead of scanning the classpath root those classes end up in.
 *
 * <p>Use it from Maven:
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path>
 *     <groupId>io.github.objectregistry</groupId>
 *     <artifactId>registry-processor</artifactId>
 *     <version>${object-registry.version}</version>
 *   </path>
 * </annotationProcessorPaths>
 * }</pre>
 *
 * <p>What it leaves out, as the starter's scan does: classes that are Spring components (annotated with
 * {@code @Component} or an annotation meta-annotated with it), which are registered as bean instances, and
 * {@code @Bean} methods, which are beans. Interfaces and abstract classes stay in, so that registering them
 * fails with a message rather than the annotation being ignored.
 *
 * <p>Incremental builds: an IDE or a build tool may compile only the changed sources. The index of the
 * previous compilation is then read back and kept for every class that was not compiled this time and still
 * exists, so the index keeps describing the whole output directory. A compilation with no annotated class
 * writes no index (its packages are then scanned, which finds nothing quickly), unless it must empty an
 * earlier one. For Gradle the processor declares itself {@code aggregating}.
 */
public class RegisteredTypesIndexProcessor extends AbstractProcessor {

    static final String ANNOTATION = "io.github.objectregistry.RegisterSerializable";

    /** Told at an annotation type carrying {@code @RegisterSerializable}. */
    static final String META_ANNOTATION_WARNING = "@RegisterSerializable on an annotation type has no effect: the "
            + "registry reads it only from the class it registers, never through another annotation, so classes "
            + "carrying this annotation are neither indexed, scanned nor named by it. Put @RegisterSerializable on "
            + "each class instead.";

    private static final String COMPONENT = "org.springframework.stereotype.Component";

    /** Binary names of the annotated classes found in this compilation. */
    private final Set<String> registered = new TreeSet<>();

    /** Binary names of every class compiled in this compilation, annotated or not. */
    private final Set<String> compiled = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Every type, not only annotated ones: a class whose annotation was removed must leave the index.
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            collect(type);
        }
        if (round.processingOver()) {
            List<String> previous = readPrevious();
            Set<String> names = merged(previous);
            // Nothing to list and no earlier index to correct: write nothing. A compilation of other sources into
            // another directory (Spring AOT compiles its generated sources so, then copies them over the
            // application's classes) must not replace the application's index with an empty one.
            if (!names.isEmpty() || previous != null) {
                write(names);
            }
        }
        // Never claim the annotations: other processors see every type as before.
        return false;
    }

    private void collect(TypeElement type) {
        String binaryName = this.processingEnv.getElementUtils().getBinaryName(type).toString();
        this.compiled.add(binaryName);
        if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
            if (hasAnnotation(type, ANNOTATION)) {
                // A user's own meta-annotation: never a class to register, and read by nothing.
                this.processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, META_ANNOTATION_WARNING, type);
            }
        }
        else if (hasAnnotation(type, ANNOTATION) && !isComponent(type, new HashSet<>())) {
            this.registered.add(binaryName);
        }
        for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
            collect(member);
        }
    }

    private static boolean hasAnnotation(Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
            .anyMatch((mirror) -> annotationType(mirror.getAnnotationType().asElement()).equals(annotation));
    }

    /** Whether the element carries {@code @Component}, directly or through meta-annotations, as Spring sees it. */
    private static boolean isComponent(Element element, Set<String> visited) {
        for (var mirror : element.getAnnotationMirrors()) {
            Element annotationType = mirror.getAnnotationType().asElement();
            String name = annotationType(annotationType);
            if (name.equals(COMPONENT)) {
                return true;
            }
            if (!name.startsWith("java.lang.annotation.") && visited.add(name)
                    && isComponent(annotationType, visited)) {
                return true;
            }
        }
        return false;
    }

    private static String annotationType(Element annotationType) {
        return ((TypeElement) annotationType).getQualifiedName().toString();
    }

    /** This compilation's classes, plus the previous index's classes that were not compiled again and still exist. */
    private Set<String> merged(List<String> previousIndex) {
        Set<String> names = new TreeSet<>(this.registered);
        for (String previous : (previousIndex != null) ? previousIndex : List.<String>of()) {
            if (!this.compiled.contains(previous) && exists(previous)) {
                names.add(previous);
            }
        }
        return names;
    }

    private boolean exists(String binaryName) {
        return this.processingEnv.getElementUtils().getTypeElement(binaryName.replace('$', '.')) != null;
    }

    /** The index this output directory already holds, or {@code null}. */
    private List<String> readPrevious() {
        Filer filer = this.processingEnv.getFiler();
        try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", RegisteredTypesIndex.LOCATION)
            .openInputStream()) {
            return RegisteredTypesIndex.read(in);
        }
        catch (IOException | IllegalArgumentException ex) {
            // No previous index (a clean build), or a Filer that cannot read outputs back: start afresh.
            return null;
        }
    }

    private void write(Set<String> names) {
        try {
            FileObject file = this.processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", RegisteredTypesIndex.LOCATION);
            try (Writer writer = new BufferedWriter(
                    new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8))) {
                RegisteredTypesIndex.write(names, writer);
            }
        }
        catch (IOException ex) {
            this.processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Could not write "
                    + RegisteredTypesIndex.LOCATION + ": " + ex.getMessage() + ". Without it the starter scans the "
                    + "classpath at startup; remove registry-processor from the annotation processor path if this "
                    + "build cannot write resources.");
        }
    }
}
