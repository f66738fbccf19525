package io.github.objectregistry.json;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.objectregistry.ObjectRegistry;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the registry, its tests and Jackson itself (everything but the JDK), and records the name of every
 * class it is asked for: by the JVM resolving a reference, by {@code loadClass}, and by
 * {@code Class.forName(name, initialize, loader)}, whether or not the class exists. Code running on it, with
 * it as the thread's context class loader, cannot look a name up in a class loader without it being seen.
 */
final class RecordingClassLoader extends URLClassLoader {

    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    RecordingClassLoader() {
        super(new URL[] { codeSource(ObjectRegistry.class), codeSource(RecordingClassLoader.class),
                codeSource(JsonMapper.class), codeSource(JsonParser.class), codeSource(JsonTypeInfo.class) },
                ClassLoader.getPlatformClassLoader());
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        this.requested.add(name);
        return super.loadClass(name, resolve);
    }

    /** How many requests were made so far, to mark a point in {@link #requestedSince(int)}. */
    int requestCount() {
        return this.requested.size();
    }

    /** Every class name requested since the mark, in order, repeats included. */
    List<String> requestedSince(int mark) {
        synchronized (this.requested) {
            return List.copyOf(this.requested.subList(mark, this.requested.size()));
        }
    }
}
