package io.github.objectregistry.sample.models;

import tools.jackson.core.JacksonException;

/**
 * A stored model no longer reads, for example because a name it uses was unregistered since it was saved.
 * The request was fine; the stored data conflicts with the running code.
 */
public class StoredModelUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public StoredModelUnreadableException(long id, JacksonException cause) {
        super("Model " + id + " was stored, but cannot be read now: " + cause.getOriginalMessage(), cause);
        this.id = id;
    }

    public long getId() {
        return this.id;
    }
}
