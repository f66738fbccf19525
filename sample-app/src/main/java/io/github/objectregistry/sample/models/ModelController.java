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

    public ModelController(ModelService models) {
        this.models = models;
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
}
