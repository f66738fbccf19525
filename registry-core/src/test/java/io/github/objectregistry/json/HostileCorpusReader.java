package io.github.objectregistry.json;

import java.util.List;
import java.util.function.Consumer;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.json.Model.Layer;
import tools.jackson.core.JacksonException;

/**
 * Reads the whole hostile corpus through a {@link RegistrySerializer}, for
 * {@link HostileCorpusTests#readingTheCorpusNeverAsksAClassLoaderForANameFromTheInput()}, which loads this class
 * and everything it uses through a class loader that records every request. Before the corpus it writes and
 * reads one ordinary model, so that what normal reads load is loaded before the corpus starts.
 */
public final class HostileCorpusReader implements Consumer<Runnable> {

    @Override
    public void accept(Runnable corpusStarts) {
        ObjectRegistry registry = Model.registry();
        RegistrySerializer serializer = new RegistrySerializer(registry);
        Model.Dropout shared = new Model.Dropout(0.5);
        Layer model = new Model.Sequential("m", List.of(new Model.Dense(2, Model.RELU), shared, shared,
                new Model.Normalize(1, shared)));
        serializer.fromJson(serializer.toJson(model), Layer.class);
        List<HostileCorpus.Case> cases = HostileCorpus.cases();
        corpusStarts.run();
        for (HostileCorpus.Case hostile : cases) {
            try {
                serializer.fromJson(hostile.content(), Layer.class, null);
            }
            catch (JacksonException expected) {
                // Every document fails; what matters here is what was asked of the class loader.
            }
        }
        if (LoadTrapState.initialized) {
            throw new IllegalStateException("a class named by the corpus was initialized");
        }
    }
}
