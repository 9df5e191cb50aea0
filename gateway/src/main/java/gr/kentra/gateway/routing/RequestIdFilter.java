package gr.kentra.gateway.routing;

import java.util.Optional;

import gr.kentra.commons.web.KentraHeaders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers every request with its trace id in {@value #HEADER}, the id the gateway's and every service's log
 * lines carry (W3C {@code traceparent} takes it downstream), so a caller can quote it to support. A client's own
 * {@value #HEADER} is dropped rather than relayed: ids come from the trace only, so logs cannot be injected
 * through it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    static final String HEADER = KentraHeaders.REQUEST_ID;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // Mutating a request copies all its headers: only done when there is a client's id to drop (issue 15).
        ServerWebExchange withoutClientId = !exchange.getRequest().getHeaders().containsHeader(HEADER) ? exchange
                : exchange.mutate().request(request -> request.headers(headers -> headers.remove(HEADER))).build();
        // At commit the server observation (started before any filter) has its span, whatever answered.
        withoutClientId.getResponse().beforeCommit(() -> {
            traceId(exchange).ifPresent(id -> withoutClientId.getResponse().getHeaders().set(HEADER, id));
            return Mono.empty();
        });
        return chain.filter(withoutClientId);
    }

    static Optional<String> traceId(ServerWebExchange exchange) {
        return RequestSpan.of(exchange).map(span -> span.context().traceId()).filter(id -> !id.isBlank());
    }
}
