package io.github.objectregistry.autoconfigure;


import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.autoconfigure.fixtures.scan.Shapes;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ahead-of-time processing: the scan result is generated into code, the generated context needs no scan,
 * holds the same names, and the registered classes get reflection hints.
 */
class RegisteredTypesAotTests {

    @Test
    @CompileWithForkedClassLoader
    void generatedContextHoldsTheScannedNamesWithoutScanning() {
        GenericApplicationContext context = new AnnotationConfigApplicationContext();
        AutoConfigurationPackages.register(context, Shapes.class.getPackageName());
        context.registerBean(ObjectRegistryAutoConfiguration.class);
        ((AnnotationConfigApplicationContext) context).register(TestPackages.ShapesApp.class);
        TestGenerationContext generationContext = new TestGenerationContext();
        ClassName className = new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
        generationContext.writeGeneratedContent();
        assertThat(RuntimeHintsPredicates.reflection().onType(Shapes.Circle.class))
            .accepts(generationContext.getRuntimeHints());
        TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
            assertThat(compiled.getSourceFiles().stream().filter((file) -> file.getContent().contains(
                    "RegisteredTypes.of(\"" + Shapes.Circle.class.getName() + "\", \"" + Shapes.Square.class.getName()
                            + "\")")))
                .isNotEmpty();
            GenericApplicationContext aot = new GenericApplicationContext();
            ApplicationContextInitializer<GenericApplicationContext> initializer = compiled
                .getInstance(ApplicationContextInitializer.class, className.toString());
            initializer.initialize(aot);
            aot.refresh();
            try {
                ObjectRegistry registry = aot.getBean(ObjectRegistry.class);
                assertThat(registry.getRegisteredObject("shapes>Circle")).isEqualTo(Shapes.Circle.class);
                assertThat(registry.getRegisteredObject("shapes>Square")).isEqualTo(Shapes.Square.class);
                assertThat(aot.getBean(RegisteredTypes.class).getPackages()).as("no scan at run time").isEmpty();
            }
            finally {
                aot.close();
            }
        });
    }

}
