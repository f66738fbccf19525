package io.github.objectregistry.autoconfigure.manifest;

import java.util.Map;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.manifest.ConfigSchemas;
import io.github.objectregistry.manifest.RegistryManifest;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /actuator/objectregistrymanifest}: the running registry's {@link RegistryManifest}, as the file that
 * {@code RegistryCompatibility} compares. Save it from the deployed application
 * ({@code curl -o deployed.json .../actuator/objectregistrymanifest}) and compare it with the next build's.
 */
@Endpoint(id = "objectregistrymanifest")
public class ObjectRegistryManifestEndpoint {

    private static final JsonMapper JSON = new JsonMapper();

    private final ObjectRegistry registry;

    private final ConfigSchemas schemas;

    /**
     * Creates the endpoint.
     * @param registry the registry to describe
     * @param schemas generates config schemas as the application's mapper sees the classes
     */
    public ObjectRegistryManifestEndpoint(ObjectRegistry registry, ConfigSchemas schemas) {
        this.registry = registry;
        this.schemas = schemas;
    }

    /**
     * The manifest, as plain JSON values: the actuator writes them with its own mapper, whatever it is.
     * @return the manifest
     */
    @ReadOperation
    public Map<String, Object> manifest() {
        return JSON.readValue(RegistryManifest.of(this.registry, this.schemas).toJson(), Map.class);
    }
}
