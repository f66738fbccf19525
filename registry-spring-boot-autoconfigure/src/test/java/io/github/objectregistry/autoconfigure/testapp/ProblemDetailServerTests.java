package io.github.objectregistry.autoconfigure.testapp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** {@link ProblemDetailServerContract} in Spring MVC, on Tomcat. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProblemDetailServerTests extends ProblemDetailServerContract {
}
