package io.github.objectregistry.sample.models;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The model API: create, read, list and run models. */
@RestController
@RequestMapping("/api")
public class ModelController {

    private final ModelService models;

    private final SampleProperties properties;

    public ModelController(ModelService models, SampleProperties properties) {
        this.models = models;
        this.properties = properties;
    }

    @PostMapping("/models")
    public ResponseEntity<StoredModel> create(@RequestBody ModelDefinition definition) {
        StoredModel model = this.models.create(definition);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(model.id()).toUri();
        return ResponseEntity.created(location).body(model);
    }

    @GetMapping("/models/{id}")
    public StoredModel get(@PathVariable long id) {
        return this.models.load(id);
    }

    @GetMapping("/models")
    public List<ModelSummary> list() {
        return this.models.list();
    }

    @PostMapping("/models/{id}/predict")
    public Prediction predict(@PathVariable long id, @RequestBody PredictionRequest request) {
        return this.models.predict(id, request.input());
    }

    /** Same as {@link #predict}, with the experimental hard-swish standing in for {@code sample>swish}. */
    @PostMapping("/experimental/models/{id}/predict")
    public Prediction predictExperimental(@PathVariable long id, @RequestBody PredictionRequest request) {
        return this.models.predictExperimental(id, request.input());
    }

    /** The default model of {@code application.yaml} ({@code sample.default-model}), written back as envelopes. */
    @GetMapping("/default-model")
    public ModelDefinition defaultModel() {
        return this.properties.defaultModel();
    }

    /** Runs the default model of {@code application.yaml}; it has no id, so {@code modelId} is {@code null}. */
    @PostMapping("/default-model/predict")
    public Prediction predictDefault(@RequestBody PredictionRequest request) {
        return this.models.run(null, this.properties.defaultModel().layers(), request.input());
    }
}
