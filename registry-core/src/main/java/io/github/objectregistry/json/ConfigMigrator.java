package io.github.objectregistry.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import io.github.objectregistry.ConfigMigration;
import io.github.objectregistry.ConfigMigrations;
import io.github.objectregistry.RegistrationException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a class's {@link ConfigMigration} steps over a config tree, from the document's version up to the
 * class's, and raises each way this can fail as a {@link ConfigVersionException} naming the name, the
 * versions and the fix. Only documents older than their class come here: a current one is bound directly.
 */
final class ConfigMigrator {

    private ConfigMigrator() {
    }

    /**
     * Brings a config of version {@code stored} to the class's version.
     * @param name the name the envelope gave, for messages
     * @param stored the document's version, below the class's
     * @return the config at the class's version
     */
    static ObjectNode migrate(JsonParser p, String name, Class<?> type, ConfigMigrations chain, int stored,
            ObjectNode config) {
        int current = chain.version();
        ObjectNode migrated = config;
        for (int from = stored; from < current; from++) {
            Method step;
            try {
                step = chain.migration(from);
            }
            catch (RegistrationException ex) {
                throw new ConfigVersionException(p, "Cannot read " + EnvelopeErrors.quote(name) + " at config_version "
                        + stored + " as " + type.getName() + " (version " + current + "): its migration chain is "
                        + "incomplete. " + ex.getMessage(), name, stored, current, ex);
            }
            migrated = apply(p, name, type, step, from, current, stored, migrated);
        }
        return migrated;
    }

    private static ObjectNode apply(JsonParser p, String name, Class<?> type, Method step, int from, int current,
            int stored, ObjectNode config) {
        String which = "The migration of " + EnvelopeErrors.quote(name) + " from version " + from + " to "
                + (from + 1) + " (" + type.getName() + "." + step.getName() + ")";
        Object result;
        try {
            result = step.invoke(null, config);
        }
        catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            throw new ConfigVersionException(p, which + " failed on a document stored at config_version " + stored
                    + ", which is to be read at version " + current + ": " + cause + ". Fix the migration so that it "
                    + "accepts every version-" + from + " config, or correct the stored document; the cause is the "
                    + "migration's exception.", name, stored, current, cause);
        }
        catch (IllegalAccessException ex) {
            throw new ConfigVersionException(p, which + " cannot be called: " + ex.getMessage() + ". Make it public.",
                    name, stored, current, ex);
        }
        if (result instanceof ObjectNode object) {
            return object;
        }
        throw new ConfigVersionException(p, which + " returned " + describe(result) + " instead of a JSON object, "
                + "so the version-" + (from + 1) + " config is lost. A config is always an object: return the "
                + "changed ObjectNode (changing and returning the argument is fine).", name, stored, current, null);
    }

    /**
     * A document written by a newer deployment: versions are never migrated downwards, since the newer config
     * may hold what this class has no field for.
     */
    static ConfigVersionException newer(JsonParser p, String name, Class<?> type, int stored, int current) {
        return new ConfigVersionException(p, "The envelope for " + EnvelopeErrors.quote(name) + " has \"config_version\": "
                + stored + ", but " + type.getName() + " here is at version " + current + ": the document was written "
                + "by a newer deployment, and configs are only migrated upwards. Read it with the deployment that "
                + "wrote it, or deploy the version of " + type.getSimpleName() + " that has @RegisterSerializable("
                + "version = " + stored + ") here.", name, stored, current, null);
    }

    private static String describe(Object result) {
        if (result == null) {
            return "null";
        }
        if (result instanceof JsonNode node) {
            return (node.isArray() ? "an array" : node.isNull() || node.isMissingNode() ? "a null node" : "a "
                    + node.getNodeType().name().toLowerCase() + " node") + " (" + shortened(node) + ")";
        }
        return "a " + result.getClass().getName();
    }

    private static String shortened(JsonNode node) {
        String text = node.toString();
        return (text.length() <= 60) ? text : text.substring(0, 60) + "...";
    }
}
