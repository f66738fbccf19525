package io.github.objectregistry.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.ScopeSnapshot;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;

/**
 * Turns a name read from an envelope into the class or instance it stands for, through the registry (the
 * reader's {@link ObjectRegistryModule#SCOPES_ATTRIBUTE scopes}, or else the thread's, first) and then the
 * read's own custom objects, and checks that the result fits the declared type. A name is never passed to a class loader.
 */
final class NameResolver {

    private final ObjectRegistry registry;

    private final RefusedReads refusals;

    private final EnvelopeNames envelopeNames = new EnvelopeNames();

    NameResolver(ObjectRegistry registry, RefusedReads refusals) {
        this.registry = registry;
        this.refusals = refusals;
    }

    /** Where the envelope readers that share this resolver report refused reads. */
    RefusedReads refusals() {
        return this.refusals;
    }

    /** The key matcher and name strings that the envelope readers sharing this resolver share. */
    EnvelopeNames envelopeNames() {
        return this.envelopeNames;
    }

    /** Resolves a name from the input, already checked not to be blank. */
    Object resolve(JsonParser p, DeserializationContext ctxt, JavaType declared, String name) {
        Object target = find(ctxt, name);
        if (target == null) {
            throw EnvelopeErrors.unknownName(p, declared, name,
                    namesThatFit(declared, customObjects(ctxt), scopes(ctxt)));
        }
        if (target instanceof Class<?> type && !declared.getRawClass().isAssignableFrom(type)) {
            throw EnvelopeErrors.typeMismatch(p, declared, name, type);
        }
        return target;
    }

    /**
     * What a name stands for in this read, without checking it: the registry (its scopes first), then the
     * read's own custom objects, which are only looked at after a miss; {@code null} if nothing has it.
     */
    Object find(DeserializationContext ctxt, String name) {
        ScopeSnapshot scopes = scopes(ctxt);
        Map<String, ?> customObjects = customObjects(ctxt);
        return (scopes != null) ? this.registry.getRegisteredObject(name, scopes, customObjects)
                : this.registry.getRegisteredObject(name, customObjects);
    }

    /**
     * A function reference ({@code config} of {@code "class_name": "function"}) or a bare name: must resolve
     * to a registered instance.
     * @param where what held the name, as an error message names it
     */
    Object resolveInstance(JsonParser p, DeserializationContext ctxt, JavaType declared, String name, String where) {
        if (Envelope.isKerasMarker(name)) {
            throw EnvelopeErrors.kerasMarker(p, declared, where, name);
        }
        Object target = resolve(p, ctxt, declared, name);
        if (target instanceof Class<?> type) {
            throw EnvelopeErrors.classForFunction(p, declared, name, type);
        }
        return checkInstance(p, declared, name, target);
    }

    static Object checkInstance(JsonParser p, JavaType declared, String name, Object instance) {
        if (!declared.getRawClass().isInstance(instance)) {
            throw EnvelopeErrors.typeMismatch(p, declared, name, instance.getClass());
        }
        return instance;
    }

    /** The names visible to this read whose target could stand where {@code declared} is: the only useful hints. */
    private Set<String> namesThatFit(JavaType declared, Map<String, ?> customObjects, ScopeSnapshot scopes) {
        Map<String, Object> visible = new HashMap<>();
        if (customObjects != null) {
            visible.putAll(customObjects);
        }
        if (scopes == null) {
            visible.putAll(this.registry.getCustomObjects());
        }
        else {
            // Only on the way to an error: briefly attached, the read's scopes list their names like a thread's.
            try (ScopeSnapshot.Attachment attached = scopes.attach()) {
                visible.putAll(this.registry.getCustomObjects());
            }
        }
        Class<?> raw = declared.getRawClass();
        Set<String> names = new HashSet<>();
        visible.forEach((name, target) -> {
            if ((target instanceof Class<?> type) ? raw.isAssignableFrom(type) : raw.isInstance(target)) {
                names.add(name);
            }
        });
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> customObjects(DeserializationContext ctxt) {
        return (Map<String, ?>) ctxt.getAttribute(ObjectRegistryModule.CUSTOM_OBJECTS_ATTRIBUTE);
    }

    /** The scopes this read resolves through instead of the thread's, if the reader carries any. */
    private static ScopeSnapshot scopes(DeserializationContext ctxt) {
        return (ScopeSnapshot) ctxt.getAttribute(ObjectRegistryModule.SCOPES_ATTRIBUTE);
    }
}
