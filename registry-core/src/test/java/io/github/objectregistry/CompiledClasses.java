package io.github.objectregistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.ToolProvider;

/**
 * Compiles a class from source while a test runs, for what the build's own compiler settings cannot give: a
 * class compiled without {@code -parameters}, or a class in a class loader of its own that the test can
 * discard, as a redeployed application discards its classes.
 */
final class CompiledClasses {

    private CompiledClasses() {
    }

    /**
     * Compiles one top-level class of the unnamed package into {@code directory} and returns a new loader for
     * it, whose parent is the platform loader, so the class can use the JDK and nothing else.
     * @param directory an empty folder for the source and the class file
     * @param className the class's simple name
     * @param source the whole compilation unit
     * @param javacOptions extra options, such as {@code -parameters}
     * @return a loader that defines the class on first {@code loadClass}; close it when done
     */
    static URLClassLoader compile(Path directory, String className, String source, String... javacOptions)
            throws IOException {
        Path file = Files.writeString(directory.resolve(className + ".java"), source);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", directory.toString()));
        arguments.addAll(List.of(javacOptions));
        arguments.add(file.toString());
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
                arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac could not compile " + className + ":\n" + diagnostics);
        }
        return new URLClassLoader(new URL[] { directory.toUri().toURL() }, ClassLoader.getPlatformClassLoader());
    }
}
