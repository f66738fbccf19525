package io.github.objectregistry.test.app.slices;

import io.github.objectregistry.test.app.PricingController;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @WebMvcTest} reads request bodies as envelopes and answers a refusal with the registry's problem detail. */
@WebMvcTest(PricingController.class)
class WebMvcSliceTests {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void requestBodyIsReadAsTheRegisteredClass() {
        assertThat(this.mvc.post().uri("/price").contentType(MediaType.APPLICATION_JSON).content(Envelopes.DISCOUNT))
            .hasStatusOk()
            .hasBodyTextEqualTo("Discount 900");
    }

    @Test
    void unknownNameIsAProblemDetailNamingIt() {
        assertThat(this.mvc.post().uri("/price").contentType(MediaType.APPLICATION_JSON).content(Envelopes.UNKNOWN))
            .hasStatus(400)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .hasPathSatisfying("$.reason", (reason) -> reason.assertThat().isEqualTo("UNKNOWN_NAME"))
            .hasPathSatisfying("$.name", (name) -> name.assertThat().isEqualTo("shop>Discont"));
    }
}
