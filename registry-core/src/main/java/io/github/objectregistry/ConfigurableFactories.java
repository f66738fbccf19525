package io.github.objectregistry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/** Finds each {@link Configurable} class's {@code fromConfig} factory once, and calls it. */
final class ConfigurableFactories {

    private static final ClassValue<Method> FACTORIES = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            Method factory = RegistrationRules.findFromConfig(type);
            if (factory != null) {
                // A public factory on a package-private class is still not callable from here without this.
                factory.trySetAccessible();
            }
            return factory;
        }
    };

    private ConfigurableFactories() {
    }

    static Object invoke(Class<?> type, Map<String, Object> config) {
        Method factory = FACTORIES.get(type);
        if (factory == null) {
            throw new IllegalArgumentException(type.getName() + " declares no 'public static "
                    + type.getSimpleName() + " fromConfig(Map<String, Object> config)' method, so it cannot be "
                    + "rebuilt from a config. Add that method.");
        }
        try {
            return factory.invoke(null, config);
        }
        catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(type.getName() + ".fromConfig failed: " + cause, cause);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(type.getName() + ".fromConfig is not accessible: make the class and "
                    + "the method public.", ex);
        }
    }
}
