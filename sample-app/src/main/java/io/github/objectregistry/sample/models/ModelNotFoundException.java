package io.github.objectregistry.sample.models;

/** No model has the requested id. */
public class ModelNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public ModelNotFoundException(long id) {
        super("No model has id " + id + ". List the stored models with GET /api/models.");
        this.id = id;
    }

    public long getId() {
        return this.id;
    }
}
