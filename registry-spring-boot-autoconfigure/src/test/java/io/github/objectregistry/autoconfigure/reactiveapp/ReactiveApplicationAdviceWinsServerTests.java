package io.github.objectregistry.autoconfigure.reactiveapp;

import java.net.http.HttpResponse;

import io.github.objectregistry.autoconfigure.testapp.HttpTestClient;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import static io.github.objectregistry.autoconfigure.testapp.RefusedBodies.MISSPELLED_CIRCLE;
import static org.assertj.core.api.Assertions.assertThat;

/** In WebFlux, an application's own advice that answers unreadable bodies wins over the starter's problem details. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.web-application-type=reactive",
        classes = { TestReactiveApplication.class, ReactiveApplicationAdviceWinsServerTests.OwnAdvice.class })
class ReactiveApplicationAdviceWinsServerTests {

    @LocalServerPort
    private int port;

    @Test
    void adviceExtendingResponseEntityExceptionHandlerStillAnswersRefusedBodies() {
        HttpResponse<String> response = new HttpTestClient(this.port).post("/shapes/double", MISSPELLED_CIRCLE);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("handled by the application's advice");
    }

    @RestControllerAdvice
    static class OwnAdvice extends ResponseEntityExceptionHandler {

        @Override
        protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
                HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
            return Mono.just(ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body("handled by the application's advice"));
        }
    }
}
