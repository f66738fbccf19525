package io.github.objectregistry.autoconfigure.reactiveapp;

import io.github.objectregistry.autoconfigure.testapp.BootProblemDetailsServerContract;
import io.github.objectregistry.autoconfigure.web.reactive.ReactiveEnvelopeProblemDetailsExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** {@link BootProblemDetailsServerContract} in WebFlux, on Netty. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.main.web-application-type=reactive", "spring.webflux.problemdetails.enabled=true" })
class ReactiveBootProblemDetailsServerTests extends BootProblemDetailsServerContract {

    ReactiveBootProblemDetailsServerTests() {
        super(ReactiveEnvelopeProblemDetailsExceptionHandler.class, "Failed to read HTTP message");
    }
}
