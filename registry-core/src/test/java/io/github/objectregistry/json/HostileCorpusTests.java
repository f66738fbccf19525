package io.github.objectregistry.json;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Stream;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every hostile document fails with a clear exception, loads nothing it names, and leaves nothing behind. */
class HostileCorpusTests {

    private final ObjectRegistry registry = Model.registry();

    private final RegistrySerializer serializer = new RegistrySerializer(this.registry);

    static Stream<HostileCorpus.Case> cases() {
        return HostileCorpus.cases().stream();
    }

    @Test
    void corpusHasAtLeastFortyDocumentsAndEveryFileIsListed() {
        List<HostileCorpus.Case> cases = HostileCorpus.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).extracting(HostileCorpus.Case::file).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileDocumentFailsWithAClearMessage(HostileCorpus.Case hostile) {
        Throwable failure = catchThrowable(() -> this.serializer.fromJson(hostile.content(), Layer.class, null));
        assertThat(failure).as(hostile.what()).isInstanceOf(JacksonException.class);
        assertThat(failure.getMessage()).as(hostile.what()).contains(hostile.expected());
        assertThat(this.registry.scopeDepth()).isZero();
    }

    @Test
    void noClassNamedByTheCorpusIsEverLoadedOrInitialized() {
        ClassLoadingMXBean classLoading = ManagementFactory.getClassLoadingMXBean();
        readAll();
        long loadedBefore = classLoading.getTotalLoadedClassCount();
        readAll();
        assertThat(classLoading.getTotalLoadedClassCount() - loadedBefore)
            .as("classes loaded while reading the corpus a second time").isZero();
        assertThat(LoadTrapState.initialized).isFalse();
    }

    @Test
    void serializerStillWorksAfterTheWholeCorpus() {
        readAll();
        String json = this.serializer.toJson(new Model.Dense(3, Model.RELU));
        assertThat(this.serializer.fromJson(json, Layer.class)).isEqualTo(new Model.Dense(3, Model.RELU));
        assertThat(this.registry.getRegistrations()).hasSize(8);
    }

    private void readAll() {
        for (HostileCorpus.Case hostile : HostileCorpus.cases()) {
            catchThrowable(() -> this.serializer.fromJson(hostile.content(), Layer.class, null));
        }
    }
}
