package io.github.objectregistry.sample.models;

/** A request that is well-formed JSON but breaks a rule of the model, such as a wrong input length. */
public class InvalidModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;

    public InvalidModelException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String getTitle() {
        return this.title;
    }
}
