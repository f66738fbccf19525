package io.github.objectregistry.json;

import java.util.List;
import java.util.Set;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The keys of Keras 3's object envelope, and the rule that picks the name to look up.
 */
final class Envelope {

    static final String MODULE = "module";

    static final String CLASS_NAME = "class_name";

    static final String CONFIG = "config";

    static final String REGISTERED_NAME = "registered_name";

    static final String BUILD_CONFIG = "build_config";

    static final String COMPILE_CONFIG = "compile_config";

    static final String SHARED_OBJECT_ID = "shared_object_id";

    /** The version of the config's shape (§4.7); absent means 1. Keras ignores it, as any unknown key. */
    static final String CONFIG_VERSION = "config_version";

    /** The keys as pre-encoded names, for writing. */
    static final SerializableString CLASS_NAME_KEY = new SerializedString(CLASS_NAME);

    static final SerializableString MODULE_KEY = new SerializedString(MODULE);

    static final SerializableString REGISTERED_NAME_KEY = new SerializedString(REGISTERED_NAME);

    static final SerializableString CONFIG_KEY = new SerializedString(CONFIG);

    static final SerializableString SHARED_OBJECT_ID_KEY = new SerializedString(SHARED_OBJECT_ID);

    static final SerializableString CONFIG_VERSION_KEY = new SerializedString(CONFIG_VERSION);

    /** Every key an envelope may carry, in the order Keras documents them, then ours. */
    static final List<String> KEYS = List.of(MODULE, CLASS_NAME, CONFIG, REGISTERED_NAME, BUILD_CONFIG,
            COMPILE_CONFIG, SHARED_OBJECT_ID, CONFIG_VERSION);

    /** The keys' positions in {@link #KEYS}, as a key matcher made from it reports them. */
    static final int MODULE_INDEX = 0;

    static final int CLASS_NAME_INDEX = 1;

    static final int CONFIG_INDEX = 2;

    static final int REGISTERED_NAME_INDEX = 3;

    static final int BUILD_CONFIG_INDEX = 4;

    static final int COMPILE_CONFIG_INDEX = 5;

    static final int SHARED_OBJECT_ID_INDEX = 6;

    static final int CONFIG_VERSION_INDEX = 7;

    private static final Set<String> KEY_SET = Set.copyOf(KEYS);

    /** The {@code class_name} (and {@code registered_name}) of a registered instance, Keras's function shape. */
    static final String FUNCTION = "function";

    /** The {@code module} Keras writes for functions. */
    static final String FUNCTION_MODULE = "builtins";

    private Envelope() {
    }

    /**
     * DESIGN §4.5: {@code registered_name} when it is a non-empty string, otherwise {@code module>class_name}
     * when {@code module} is a string, otherwise {@code class_name}.
     */
    static String lookupName(String module, String className, String registeredName) {
        if (registeredName != null && !registeredName.isEmpty()) {
            return registeredName;
        }
        return (module != null) ? module + '>' + className : className;
    }

    /** Whether a key is one of the envelope's own, which tells an envelope from a bare config. */
    static boolean isKey(String key) {
        return KEY_SET.contains(key);
    }

    /** Keras's special markers ({@code __lambda__}, {@code __numpy__}, ...) stand for Python values, not names. */
    static boolean isKerasMarker(String className) {
        return className.length() > 4 && className.startsWith("__") && className.endsWith("__");
    }
}
