package io.github.objectregistry.json;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every hostile document fails with a clear exception, asks no class loader for a name, and leaves nothing behind. */
class HostileCorpusTests {

    /** A string without escapes: a simple loop, so a 200,000-character name cannot overflow the regex's stack. */
    private static final Pattern JSON_STRING = Pattern.compile("\"([^\"\\\\]{1,1000})\"");

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    static Stream<HostileCorpus.Case> cases() {
        return HostileCorpus.cases().stream();
    }

    @Test
    void everyFileInTheFolderHasAnExpectationAndEveryExpectationAFile() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileCorpusTests.class.getResource("/hostile/README.md").toURI()).getParent();
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map((path) -> path.getFileName().toString())
                .filter((name) -> !name.equals("README.md"))
                .collect(Collectors.toSet());
        }
        List<String> rows = HostileCorpus.cases().stream().map(HostileCorpus.Case::file).toList();
        assertThat(rows).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(40);
        assertThat(files).as("files in hostile/ without a row in its README").isSubsetOf(rows);
        assertThat(rows).as("rows of hostile/README.md without a file").isSubsetOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileDocumentFailsWithAClearMessageAndItsReason(HostileCorpus.Case hostile) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ScopeProbe.assertReadLeavesScopesAlone(this.registry,
                () -> failure.set(catchThrowable(() -> this.serializer.fromJson(hostile.content(), Layer.class, null))));
        assertThat(failure.get()).as(hostile.what()).isInstanceOf(JacksonException.class);
        assertThat(failure.get().getMessage()).as(hostile.what()).contains(hostile.expected());
        if (hostile.reason() == null) {
            assertThat(failure.get()).as(hostile.what()).isNotInstanceOf(EnvelopeError.class);
        }
        else {
            assertThat(failure.get()).as(hostile.what()).isInstanceOf(EnvelopeError.class);
            assertThat(((EnvelopeError) failure.get()).getReason()).as(hostile.what()).isEqualTo(hostile.reason());
        }
    }

    @Test
    void readingTheCorpusNeverAsksAClassLoaderForANameFromTheInput() throws Exception {
        Set<String> inputNames = namesInTheCorpus();
        assertThat(inputNames).contains(LoadTrapState.TRAP_NAME, "java.lang.Runtime",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "java.lang.ProcessBuilder");
        Thread thread = Thread.currentThread();
        ClassLoader contextLoader = thread.getContextClassLoader();
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            AtomicInteger corpusStart = new AtomicInteger();
            @SuppressWarnings("unchecked")
            Consumer<Runnable> reader = (Consumer<Runnable>) Class
                .forName(HostileCorpusReader.class.getName(), true, loader).getDeclaredConstructor().newInstance();
            thread.setContextClassLoader(loader);
            try {
                reader.accept(() -> corpusStart.set(loader.requestCount()));
            }
            finally {
                thread.setContextClassLoader(contextLoader);
            }
            List<String> requested = loader.requestedSince(corpusStart.get());
            assertThat(requested).as("class names asked of a class loader while reading the corpus")
                .doesNotContainAnyElementsOf(inputNames);
            // The recorder sees the requests that matter: Class.forName(name, false, loader) included.
            assertThat(loader.requestedSince(0)).contains(RegistrySerializer.class.getName());
            Class.forName(LoadTrapState.TRAP_NAME, false, loader);
            assertThat(loader.requestedSince(corpusStart.get())).contains(LoadTrapState.TRAP_NAME);
            // The trap would have set the recorder's own copy of LoadTrapState, not the test's.
            Field initialized = Class.forName(LoadTrapState.class.getName(), true, loader)
                .getDeclaredField("initialized");
            initialized.setAccessible(true);
            assertThat(initialized.getBoolean(null)).as("the trap's static initializer ran").isFalse();
        }
    }

    @Test
    void serializerStillWorksAfterTheWholeCorpus() {
        for (HostileCorpus.Case hostile : HostileCorpus.cases()) {
            catchThrowable(() -> this.serializer.fromJson(hostile.content(), Layer.class, null));
        }
        String json = this.serializer.toJson(new Model.Dense(3, Model.RELU));
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Model.Dense(3, Model.RELU));
        assertThat(this.registry.getRegistrations()).hasSize(8);
    }

    /**
     * Every string of every document, and every {@code module.class_name} pair, as a class loader would be
     * asked for it; found with a plain mapper and a pattern, not with the code under test.
     */
    private static Set<String> namesInTheCorpus() {
        JsonMapper plain = JsonMapper.builder().build();
        Set<String> names = new HashSet<>();
        for (HostileCorpus.Case hostile : HostileCorpus.cases()) {
            Matcher strings = JSON_STRING.matcher(new String(hostile.content(), StandardCharsets.UTF_8));
            while (strings.find()) {
                names.add(strings.group(1));
            }
            try {
                plain.readTree(hostile.content()).findParents("class_name").stream()
                    .filter((envelope) -> envelope.path("module").isString())
                    .forEach((envelope) -> names.add(envelope.get("module").asString() + "."
                            + textOf(envelope.get("class_name"))));
            }
            catch (JacksonException notJson) {
                // Malformed documents contribute their strings only.
            }
        }
        return names;
    }

    private static String textOf(JsonNode node) {
        return node.isString() ? node.asString() : node.toString();
    }
}
