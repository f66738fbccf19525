package io.github.objectregistry.autoconfigure.reactiveapp;

import io.github.objectregistry.autoconfigure.testapp.BootProblemDetailsServerContract;
import io.github.objectregistry.autoconfigure.web.reactive.ReactiveEnvelopeProblemDetailsExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/** {@link BootProblemDetailsServerContract} in WebFlux, on Netty. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.main.web-application-type=reactive", "spring.webflux.problemdetails.enabled=true" })
class ReactiveBootProblemDetailsServerTests extends BootProblemDetailsServerContract {

    ReactiveBootProblemDetailsServerTests() {
        super(ResponseEntityExceptionHandler.class, ReactiveEnvelopeProblemDetailsExceptionHandler.class,
                "Failed to read HTTP message");
    }
}
