package io.github.objectregistry.autoconfigure.web.reactive;

import java.net.URI;
import java.util.List;

import io.github.objectregistry.autoconfigure.web.EnvelopeProblemDetails;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Hints;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers a request body that the registry refused with an {@code application/problem+json} problem detail
 * from {@link EnvelopeProblemDetails}, where WebFlux would otherwise send a bare 400.
 *
 * <p>The application's {@code @ExceptionHandler} methods and {@code @ControllerAdvice} beans run inside the
 * {@code DispatcherHandler}, before any {@code WebExceptionHandler}: this handler only sees what they did
 * not handle. It is ordered just before Spring Boot's error handler, which would answer with a bare 400.
 */
public class EnvelopeErrorWebExceptionHandler implements WebExceptionHandler, Ordered {

    /** Just before Spring Boot's {@code ErrorWebExceptionHandler}, which is at -1. */
    public static final int ORDER = -2;

    private static final ResolvableType PROBLEM_DETAIL = ResolvableType.forClass(ProblemDetail.class);

    private final EnvelopeProblemDetails problemDetails;

    private final List<HttpMessageWriter<?>> writers;

    /**
     * Creates the handler.
     * @param problemDetails describes the refusals
     * @param codecs the application's codecs, so that its JSON settings apply
     */
    public EnvelopeErrorWebExceptionHandler(EnvelopeProblemDetails problemDetails, ServerCodecConfigurer codecs) {
        this.problemDetails = problemDetails;
        this.writers = codecs.getWriters();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ProblemDetail problem = (ex instanceof ServerWebInputException && !exchange.getResponse().isCommitted())
                ? this.problemDetails.describe(ex) : null;
        if (problem == null) {
            return Mono.error(ex);
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        for (HttpMessageWriter<?> writer : this.writers) {
            if (writer.canWrite(PROBLEM_DETAIL, MediaType.APPLICATION_PROBLEM_JSON)) {
                exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
                return write(writer, problem, exchange);
            }
        }
        return Mono.error(ex);
    }

    @SuppressWarnings("unchecked")
    private static Mono<Void> write(HttpMessageWriter<?> writer, ProblemDetail problem, ServerWebExchange exchange) {
        return ((HttpMessageWriter<ProblemDetail>) writer).write(Mono.just(problem), PROBLEM_DETAIL,
                MediaType.APPLICATION_PROBLEM_JSON, exchange.getResponse(),
                Hints.from(Hints.LOG_PREFIX_HINT, exchange.getLogPrefix()));
    }
}
