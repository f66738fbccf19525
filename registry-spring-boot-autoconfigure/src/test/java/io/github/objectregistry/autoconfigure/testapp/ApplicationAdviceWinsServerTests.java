package io.github.objectregistry.autoconfigure.testapp;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/** An application's own advice that answers unreadable bodies wins over the starter's problem details. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        classes = { TestWebApplication.class, ApplicationAdviceWinsServerTests.OwnAdvice.class })
class ApplicationAdviceWinsServerTests {

    @LocalServerPort
    private int port;

    @Test
    void adviceExtendingResponseEntityExceptionHandlerStillAnswersRefusedBodies() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double",
                RefusedBodies.MISSPELLED_CIRCLE);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("handled by the application's advice");
    }

    @RestControllerAdvice
    static class OwnAdvice extends ResponseEntityExceptionHandler {

        @Override
        protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body("handled by the application's advice");
        }
    }
}
