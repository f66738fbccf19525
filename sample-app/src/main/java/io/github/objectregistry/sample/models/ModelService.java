package io.github.objectregistry.sample.models;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.WithCustomObjects;
import io.github.objectregistry.sample.activations.Activation;
import io.github.objectregistry.sample.layers.Layer;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;

/**
 * Creates, loads and runs models. Models are stored by Spring Data JDBC, each layer as an envelope written and read
 * by the starter; every load resolves the stored names afresh, so a scope opened around a load changes what the
 * names mean.
 */
@Service
public class ModelService {

    private final ModelRepository repository;

    public ModelService(ModelRepository repository) {
        this.repository = repository;
    }

    public StoredModel create(ModelDefinition definition) {
        if (definition.name() == null || definition.name().isBlank()) {
            throw new InvalidModelException("Missing model name", "A model needs a non-blank \"name\".");
        }
        if (definition.layers() == null || definition.layers().isEmpty() || definition.layers().contains(null)) {
            throw new InvalidModelException("Missing layers",
                    "A model needs a non-empty \"layers\" array of layer envelopes, with no nulls.");
        }
        checkLayersFit(definition.layers());
        List<LayerRow> layers = definition.layers().stream().map(LayerRow::new).toList();
        ModelRow saved = this.repository.save(new ModelRow(null, definition.name(), Instant.now(), layers));
        return load(saved.id());
    }

    public StoredModel load(long id) {
        Optional<ModelRow> found;
        try {
            found = this.repository.findById(id);
        }
        catch (RuntimeException ex) {
            // The registry's refusal of a stored layer arrives wrapped in Spring Data's conversion exceptions.
            JacksonException refused = storedDocumentError(ex);
            if (refused == null) {
                throw ex;
            }
            throw new StoredModelUnreadableException(id, refused);
        }
        ModelRow row = found.orElseThrow(() -> new ModelNotFoundException(id));
        return new StoredModel(row.id(), row.name(), row.createdAt(),
                row.layers().stream().map(LayerRow::layer).toList());
    }

    public List<ModelSummary> list() {
        return this.repository.summaries();
    }

    public Prediction predict(long id, double[] input) {
        return run(id, load(id).layers(), input);
    }

    /**
     * Runs layers on one input.
     * @param id the stored model's id, or {@code null} for a model that is not stored
     * @param layers the model's layers
     * @param input the input vector
     * @return the output and the activations that ran
     */
    public Prediction run(Long id, List<Layer> layers, double[] input) {
        checkInput(layers, input);
        double[] vector = input;
        for (Layer layer : layers) {
            vector = layer.apply(vector);
        }
        List<String> activations = layers.stream()
            .flatMap((layer) -> layer.activations().stream())
            .map(Activation::implementation)
            .toList();
        return new Prediction(id, vector, activations);
    }

    /**
     * Runs a model with the experimental hard-swish in place of {@code sample>swish}, for this call only:
     * the aspect opens a scope around the call, and the model is loaded inside it.
     */
    @WithCustomObjects(objects = @CustomObject(name = "sample>swish", bean = "hardSwish"))
    public Prediction predictExperimental(long id, double[] input) {
        return predict(id, input);
    }

    /** Each layer that needs a fixed input length must get it from the layer before. */
    private static void checkLayersFit(List<Layer> layers) {
        int size = -1;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (size >= 0 && layer.inputSize() >= 0 && layer.inputSize() != size) {
                throw new InvalidModelException("Layers do not fit", "Layer " + i + " expects " + layer.inputSize()
                        + " inputs, but the layers before it produce " + size + ".");
            }
            int in = (size >= 0) ? size : layer.inputSize();
            size = (in >= 0) ? layer.outputSize(in) : -1;
        }
    }

    private static JacksonException storedDocumentError(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException refused) {
                return refused;
            }
        }
        return null;
    }

    private static void checkInput(List<Layer> layers, double[] input) {
        if (input == null || input.length == 0) {
            throw new InvalidModelException("Missing input", "A prediction needs a non-empty \"input\" array.");
        }
        int expected = layers.stream().mapToInt(Layer::inputSize).filter((size) -> size >= 0).findFirst().orElse(-1);
        if (expected >= 0 && input.length != expected) {
            throw new InvalidModelException("Wrong input length",
                    "This model takes " + expected + " inputs, but the input has " + input.length + ".");
        }
    }
}
