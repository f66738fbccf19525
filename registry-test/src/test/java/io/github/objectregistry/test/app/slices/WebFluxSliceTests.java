package io.github.objectregistry.test.app.slices;

import io.github.objectregistry.test.app.PricingController;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code @WebFluxTest} reads request bodies as envelopes and answers a refusal with the registry's problem detail. */
@WebFluxTest(PricingController.class)
class WebFluxSliceTests {

    @Autowired
    private WebTestClient client;

    @Test
    void requestBodyIsReadAsTheRegisteredClass() {
        this.client.post().uri("/price").contentType(MediaType.APPLICATION_JSON).bodyValue(Envelopes.DISCOUNT)
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).isEqualTo("Discount 900");
    }

    @Test
    void unknownNameIsAProblemDetailNamingIt() {
        this.client.post().uri("/price").contentType(MediaType.APPLICATION_JSON).bodyValue(Envelopes.UNKNOWN)
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.reason").isEqualTo("UNKNOWN_NAME")
            .jsonPath("$.name").isEqualTo("shop>Discont");
    }
}
