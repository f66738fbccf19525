package io.github.objectregistry.autoconfigure;

import java.util.List;

import javax.lang.model.element.Modifier;

import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.aot.BeanRegistrationCode;
import org.springframework.beans.factory.aot.BeanRegistrationCodeFragments;
import org.springframework.beans.factory.aot.BeanRegistrationCodeFragmentsDecorator;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.javapoet.ClassName;
import org.springframework.javapoet.CodeBlock;

/**
 * Classpath scanning finds nothing in a native image, so at build time this replaces the scan behind the
 * {@link RegisteredTypes} bean with the list it found, {@code RegisteredTypes.of("...", ...)}, and lets the
 * registered classes be constructed and bound by reflection.
 */
class RegisteredTypesBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

    @Override
    public BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
        if (RegisteredTypes.class.equals(registeredBean.getBeanClass())) {
            return BeanRegistrationAotContribution
                .withCustomCodeFragments((fragments) -> new AotContribution(fragments, registeredBean));
        }
        return null;
    }

    static class AotContribution extends BeanRegistrationCodeFragmentsDecorator {

        private final RegisteredBean registeredBean;

        AotContribution(BeanRegistrationCodeFragments delegate, RegisteredBean registeredBean) {
            super(delegate);
            this.registeredBean = registeredBean;
        }

        @Override
        public ClassName getTarget(RegisteredBean registeredBean) {
            return ClassName.get(RegisteredTypes.class);
        }

        @Override
        public CodeBlock generateInstanceSupplierCode(GenerationContext generationContext,
                BeanRegistrationCode beanRegistrationCode, boolean allowDirectSupplierShortcut) {
            RegisteredTypes types = this.registeredBean.getBeanFactory()
                .getBean(this.registeredBean.getBeanName(), RegisteredTypes.class);
            contributeHints(generationContext.getRuntimeHints(), types);
            GeneratedMethod method = beanRegistrationCode.getMethods().add("getInstance", (builder) -> {
                builder.addJavadoc("The @RegisterSerializable classes that the scan found at build time.");
                builder.addModifiers(Modifier.PRIVATE, Modifier.STATIC);
                builder.returns(RegisteredTypes.class);
                CodeBlock names = types.getTypeNames().stream()
                    .map((name) -> CodeBlock.of("$S", name))
                    .collect(CodeBlock.joining(", "));
                builder.addStatement("return $T.of($L)", RegisteredTypes.class, names);
            });
            return method.toMethodReference().toCodeBlock();
        }

        private void contributeHints(RuntimeHints hints, RegisteredTypes types) {
            List<Class<?>> classes = types.load(this.registeredBean.getBeanFactory().getBeanClassLoader());
            new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
                    classes.toArray(Class<?>[]::new));
            for (Class<?> type : classes) {
                // fromConfig of Configurable classes, and creators Jackson finds by annotation.
                hints.reflection().registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
                        MemberCategory.INVOKE_PUBLIC_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS);
            }
        }
    }
}
