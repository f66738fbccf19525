package io.github.objectregistry.manifest;

import java.util.Arrays;

import io.github.objectregistry.ObjectRegistry;

/** Manifests of registries built for one test. */
final class Manifests {

    private Manifests() {
    }

    /** The manifest of a registry holding these classes. */
    static RegistryManifest of(Class<?>... classes) {
        ObjectRegistry registry = new ObjectRegistry();
        Arrays.stream(classes).forEach(registry::register);
        return RegistryManifest.of(registry);
    }

    /** The same manifest with {@code name} at another version. */
    static RegistryManifest withVersion(RegistryManifest manifest, String name, int version) {
        return new RegistryManifest(manifest.format(), manifest.names().stream()
            .map((entry) -> !entry.name().equals(name) ? entry : new RegistryManifest.Entry(entry.name(),
                    entry.kind(), entry.type(), entry.aliases(), version, entry.configSchema()))
            .toList());
    }
}
