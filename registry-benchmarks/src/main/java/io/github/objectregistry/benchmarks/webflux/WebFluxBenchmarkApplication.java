package io.github.objectregistry.benchmarks.webflux;

import io.github.objectregistry.ObjectRegistry;
import io.github.objectregistry.RegisterSerializable;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The WebFlux application of {@code WebFluxBenchmarks}: one handler that resolves a name. */
@SpringBootApplication
public class WebFluxBenchmarkApplication {

    /** The name the handler resolves. */
    @RegisterSerializable("bench")
    public record Discount(double rate) {
    }

    @RestController
    static class PriceController {

        private final ObjectRegistry registry;

        PriceController(ObjectRegistry registry) {
            this.registry = registry;
        }

        @GetMapping("/price")
        String price() {
            return ((Class<?>) this.registry.getRegisteredObject("bench>Discount")).getSimpleName();
        }
    }
}
