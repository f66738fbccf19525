package io.github.objectregistry.autoconfigure.reactiveapp;

import io.github.objectregistry.autoconfigure.testapp.ProblemDetailServerContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** {@link ProblemDetailServerContract} in WebFlux, on Netty. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=reactive")
class ReactiveProblemDetailServerTests extends ProblemDetailServerContract {
}
