package io.github.objectregistry.autoconfigure.aop;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader that has no Reactor: it refuses every {@code reactor.*} class and resource, and defines the
 * aspect's own package itself, so that whatever the aspect's classes link to is looked up here. Everything
 * else comes from the test's class loader, so annotations and the registry are the very same classes.
 */
final class WithoutReactorClassLoader extends ClassLoader {

    private static final String OWN_PACKAGE = WithCustomObjectsAspect.class.getPackageName() + ".";

    /** The {@code reactor.*} classes something asked for: only the aspect's presence check of {@code Mono}. */
    final List<String> refused = new ArrayList<>();

    WithoutReactorClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            if (name.startsWith("reactor.")) {
                this.refused.add(name);
                throw new ClassNotFoundException(name + " (hidden: this class loader has no Reactor)");
            }
            if (!name.startsWith(OWN_PACKAGE) || name.contains("Tests")) {
                return super.loadClass(name, resolve);
            }
            Class<?> loaded = findLoadedClass(name);
            return (loaded != null) ? loaded : define(name);
        }
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith("reactor/") ? null : super.getResource(name);
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream bytes = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] code = bytes.readAllBytes();
            return defineClass(name, code, 0, code.length);
        }
        catch (IOException ex) {
            throw new ClassNotFoundException(name, ex);
        }
    }
}
