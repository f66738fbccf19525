package io.github.objectregistry.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.Registration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a registry holds, as data that outlives the process: every primary name with its kind, target type,
 * aliases, config version and the JSON Schema of its config. Take one from the running deployment and one from
 * the build about to replace it, and {@link RegistryCompatibility#check} tells whether the new build still reads
 * what the old one wrote.
 *
 * <pre>{@code
 * RegistryManifest.of(registry).write(Path.of("target/registry-manifest.json"));
 * RegistryManifest old = RegistryManifest.read(Path.of("deployed/registry-manifest.json"));
 * }</pre>
 *
 * @param format the manifest's format version, {@value #FORMAT}
 * @param names the entries, sorted by name
 */
public record RegistryManifest(int format, List<Entry> names) {

    /** The format this class writes and reads. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * Validates and copies the components.
     * @param format the format version
     * @param names the entries
     */
    public RegistryManifest {
        requireReadableFormat(format);
        names = names.stream().sorted(Comparator.comparing(Entry::name)).toList();
    }

    private static void requireReadableFormat(int format) {
        if (format != FORMAT) {
            throw new IllegalArgumentException("Manifest format " + format + " is not readable here: this version "
                    + "reads format " + FORMAT + ". Regenerate the manifest with this version of the registry.");
        }
    }

    /**
     * Describes a registry, with config schemas as a default Jackson mapper sees the classes.
     * @param registry the registry
     * @return its manifest
     */
    public static RegistryManifest of(ObjectRegistry registry) {
        return of(registry, new ConfigSchemas(JsonMapper.builder().build()));
    }

    /**
     * Describes a registry.
     * @param registry the registry
     * @param schemas generates the config schemas, normally from the application's mapper
     * @return its manifest
     */
    public static RegistryManifest of(ObjectRegistry registry, ConfigSchemas schemas) {
        return new RegistryManifest(FORMAT, registry.getRegistrations().stream()
            .map((registration) -> Entry.of(registration, schemas.schemaOf(registration)))
            .toList());
    }

    /**
     * The entry that reads a name: the one whose primary name or alias it is.
     * @param name a name as a document carries it
     * @return the entry, or {@code null} if no entry reads it
     */
    public Entry entry(String name) {
        return this.names.stream().filter((entry) -> entry.name().equals(name)).findFirst()
            .orElseGet(() -> this.names.stream().filter((entry) -> entry.aliases().contains(name)).findFirst()
                .orElse(null));
    }

    /** The manifest as indented JSON. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * Reads a manifest from JSON.
     * @param json what {@link #toJson()} wrote
     * @return the manifest
     * @throws IllegalArgumentException naming the problem when the text is not a manifest
     */
    public static RegistryManifest fromJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (!tree.isObject() || !tree.has("format") || !tree.has("names")) {
                throw new IllegalArgumentException("Not a registry manifest: a manifest is a JSON object with "
                        + "\"format\" and \"names\". Write manifests with RegistryManifest.write or the actuator's "
                        + "objectregistrymanifest endpoint.");
            }
            // Checked before binding: Jackson would wrap the constructor's refusal as a failure to read the JSON.
            requireReadableFormat(tree.get("format").asInt());
            return JSON.treeToValue(tree, RegistryManifest.class);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("Not a registry manifest: " + ex.getOriginalMessage()
                    + ". Write manifests with RegistryManifest.write or the actuator's objectregistrymanifest endpoint.",
                    ex);
        }
    }

    /**
     * Reads a manifest file.
     * @param file the file
     * @return the manifest
     */
    public static RegistryManifest read(Path file) {
        try {
            return fromJson(Files.readString(file));
        }
        catch (IOException ex) {
            String reason = (ex instanceof NoSuchFileException) ? "there is no such file" : ex.toString();
            throw new UncheckedIOException("Cannot read the manifest " + file.toAbsolutePath() + ": " + reason, ex);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Writes the manifest to a file, creating its directories.
     * @param file the file
     */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, toJson());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the manifest to " + file.toAbsolutePath(), ex);
        }
    }

    /**
     * One registered name.
     * @param name the primary name, which documents carry
     * @param kind a class or an instance
     * @param type the target class, or the instance's class
     * @param aliases further names read as this one
     * @param version the config version the target writes
     * @param configSchema the JSON Schema of the config; {@code null} for an instance or a {@code Configurable}
     */
    public record Entry(String name, Registration.Kind kind, String type, List<String> aliases, int version,
            JsonNode configSchema) {

        /**
         * Validates and copies the components.
         * @param name the primary name
         * @param kind the kind
         * @param type the target type's name
         * @param aliases the aliases
         * @param version the version
         * @param configSchema the schema, or {@code null}
         */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
        }

        static Entry of(Registration registration, JsonNode schema) {
            return new Entry(registration.name(), registration.kind(), registration.targetType().getName(),
                    registration.aliases(), registration.version(), schema);
        }
    }
}
