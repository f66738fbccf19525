package io.github.objectregistry.autoconfigure.testapp;

import io.github.objectregistry.autoconfigure.web.EnvelopeProblemDetailsExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** {@link BootProblemDetailsServerContract} in Spring MVC, on Tomcat. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.mvc.problemdetails.enabled=true")
class BootProblemDetailsServerTests extends BootProblemDetailsServerContract {

    BootProblemDetailsServerTests() {
        super(ResponseEntityExceptionHandler.class, EnvelopeProblemDetailsExceptionHandler.class,
                "Failed to read request");
    }
}
