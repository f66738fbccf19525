package io.github.objectregistry.autoconfigure.aop;

import io.github.objectregistry.CustomObject;
import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.WithCustomObjects;

/** Advised types that report what the registry shows them while they run. */
final class Greeters {

    private Greeters() {
    }

    record Polite() {
    }

    record Casual() {
    }

    /** What a call saw: the object behind "greeting" and how many scopes were open. */
    record Seen(Object greeting, int depth) {
    }

    interface Greeter {

        Seen annotatedMethod();

        Seen plainMethod();

        Seen failingMethod();
    }

    @WithCustomObjects(objects = @CustomObject(name = "greeting", type = Casual.class))
    static class TypeAnnotatedGreeter implements Greeter {

        private final ObjectRegistry registry;

        TypeAnnotatedGreeter(ObjectRegistry registry) {
            this.registry = registry;
        }

        @Override
        @WithCustomObjects(objects = @CustomObject(name = "greeting", type = Polite.class))
        public Seen annotatedMethod() {
            return new Seen(this.registry.getRegisteredObject("greeting"), this.registry.scopeDepth());
        }

        @Override
        public Seen plainMethod() {
            return new Seen(this.registry.getRegisteredObject("greeting"), this.registry.scopeDepth());
        }

        @Override
        public Seen failingMethod() {
            throw new IllegalStateException("halfway");
        }
    }
}
