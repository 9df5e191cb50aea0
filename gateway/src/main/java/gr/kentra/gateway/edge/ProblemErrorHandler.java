package gr.kentra.gateway.edge;

import gr.kentra.commons.web.KentraHeaders;
import gr.kentra.gateway.security.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = statusOf(error);
        if (status.is5xxServerError()) {
            log.warn("{} {} failed at the gateway with {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), status.value(), error);
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        String requestId = headers.getFirst(KentraHeaders.REQUEST_ID);
        headers.clear();
        if (requestId != null) {
            headers.set(KentraHeaders.REQUEST_ID, requestId);
        }
        return Problems.forStatus(exchange, status);
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
