package io.github.objectregistry.autoconfigure.actuate;

import java.util.List;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import io.github.objectregistry.autoconfigure.RegistrationSources;
import io.github.objectregistry.autoconfigure.RegistrationSources.Source;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@code /actuator/objectregistry}: every registered name with its kind, target type, aliases, where it
 * came from and its config version, so that two deployments can be compared; {@code /actuator/objectregistry/{name}} gives one entry,
 * by name or alias, and answers 404 for an unknown name.
 */
@Endpoint(id = "objectregistry")
public class ObjectRegistryEndpoint {

    private final ObjectRegistry registry;

    private final RegistrationSources sources;

    /**
     * Creates the endpoint.
     * @param registry the registry to list
     * @param sources where each name came from
     */
    public ObjectRegistryEndpoint(ObjectRegistry registry, RegistrationSources sources) {
        this.registry = registry;
        this.sources = sources;
    }

    /** Lists every registered name, sorted. */
    @ReadOperation
    public RegisteredNames registeredNames() {
        return new RegisteredNames(this.registry.getRegistrations().stream().map(this::describe).toList());
    }

    /**
     * Describes one registered name or alias.
     * @param name the name or alias
     * @return the entry, or {@code null} (a 404) if the name is not registered
     */
    @ReadOperation
    public RegisteredName registeredName(@Selector String name) {
        Registration registration = this.registry.getRegistration(name);
        return (registration != null) ? describe(registration) : null;
    }

    private RegisteredName describe(Registration registration) {
        return new RegisteredName(registration.name(), registration.kind(), registration.targetType().getName(),
                registration.aliases(), this.sources.getSource(registration.name()), registration.version());
    }

    /**
     * Every registered name.
     * @param names the entries, sorted by name
     */
    public record RegisteredNames(List<RegisteredName> names) implements OperationResponseBody {
    }

    /**
     * One registered name.
     * @param name the primary name
     * @param kind a class or an instance
     * @param type the class, or the instance's class
     * @param aliases the other names read as this one
     * @param source where the registration came from
     * @param version the config version the class writes ({@code @RegisterSerializable(version = ...)}), 1 unless
     * its config changed shape; older documents are migrated to it when read
     */
    public record RegisteredName(String name, Registration.Kind kind, String type, List<String> aliases,
            Source source, int version) implements OperationResponseBody {
    }
}
