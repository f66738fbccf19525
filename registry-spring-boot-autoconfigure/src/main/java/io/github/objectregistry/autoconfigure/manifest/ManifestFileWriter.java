package io.github.objectregistry.autoconfigure.manifest;

import java.nio.file.Path;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.manifest.ConfigSchemas;
import io.github.objectregistry.manifest.RegistryManifest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Writes the registry's manifest to {@code object-registry.manifest.output} once every singleton exists, so
 * that instances registered from beans are in it: a build or a pipeline step starts the application with the
 * property and keeps the file.
 */
public class ManifestFileWriter implements SmartInitializingSingleton {

    private static final Log logger = LogFactory.getLog(ManifestFileWriter.class);

    private final ObjectRegistry registry;

    private final ConfigSchemas schemas;

    private final Path output;

    /**
     * Creates the writer.
     * @param registry the registry to describe
     * @param schemas generates config schemas
     * @param output the file to write
     */
    public ManifestFileWriter(ObjectRegistry registry, ConfigSchemas schemas, Path output) {
        this.registry = registry;
        this.schemas = schemas;
        this.output = output;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RegistryManifest manifest = RegistryManifest.of(this.registry, this.schemas);
        manifest.write(this.output);
        logger.info("Wrote the manifest of " + manifest.names().size() + " registered name(s) to "
                + this.output.toAbsolutePath());
    }
}
