package gr.kentra.gateway.edge;

import gr.kentra.commons.web.KentraHeaders;
import gr.kentra.gateway.routing.RequestSpan;
import gr.kentra.gateway.security.Problems;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the top of the gateway (no route, a refused method, a body over the limit, a
 * service that does not answer, a bug) leaves as an RFC 9457 problem in Greek or English: by status only,
 * never the exception's message or class, never Spring Boot's default error JSON. Runs before Boot's handler.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Tracer tracer;

    @Autowired
    ProblemErrorHandler(ObjectProvider<Tracer> tracer) {
        this(tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    ProblemErrorHandler(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = statusOf(error);
        if (status.is5xxServerError()) {
            // Reactor restores the trace's thread-locals (the MDC's traceId) only inside its own operators
            // (spring.reactor.context-propagation: limited), so the request's span is put in scope for this line.
            Span span = RequestSpan.of(exchange).orElse(null);
            if (span == null) {
                logFailure(exchange, status, error);
            } else {
                try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                    logFailure(exchange, status, error);
                }
            }
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        String requestId = headers.getFirst(KentraHeaders.REQUEST_ID);
        headers.clear();
        if (requestId != null) {
            headers.set(KentraHeaders.REQUEST_ID, requestId);
        }
        return Problems.forStatus(exchange, status);
    }

    private static void logFailure(ServerWebExchange exchange, HttpStatusCode status, Throwable error) {
        log.warn("{} {} failed at the gateway with {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), status.value(), error);
    }

    private static HttpStatusCode statusOf(Throwable error) {
        if (error instanceof ResponseStatusException refused) {
            return refused.getStatusCode();
        }
        if (error instanceof DataBufferLimitException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if (error instanceof java.net.ConnectException || error instanceof java.util.concurrent.TimeoutException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
