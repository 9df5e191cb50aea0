package gr.kentra.gateway.limits;

import java.nio.charset.StandardCharsets;
import gr.kentra.gateway.security.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request target over {@code kentra.limits.max-uri-length} gets a 414 problem and a header block over
 * {@code kentra.limits.max-header-size} a 431 problem, in Greek or English like every other refusal. Netty's own
 * limits (which answer with an empty body, before any Spring code) are configured above these, so that only a
 * request far beyond them still meets Netty's bare answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestHeadLimitFilter implements WebFilter {

    private final long maxUriLength;
    private final long maxHeaderSize;

    RequestHeadLimitFilter(LimitProperties limits) {
        this.maxUriLength = limits.maxUriLength().toBytes();
        this.maxHeaderSize = limits.maxHeaderSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (targetLength(exchange) > maxUriLength) {
            return Problems.uriTooLong(exchange);
        }
        if (headerSize(exchange.getRequest().getHeaders()) > maxHeaderSize) {
            return Problems.headersTooLarge(exchange);
        }
        return chain.filter(exchange);
    }

    /** The request target as sent: the raw path and the raw query. */
    private static long targetLength(ServerWebExchange exchange) {
        String path = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        return (path == null ? 0 : path.length()) + (query == null ? 0 : 1 + query.length());
    }

    /** As Netty counts it: every header line's bytes ("name: value"). */
    static long headerSize(HttpHeaders headers) {
        long[] size = {0};
        headers.forEach((name, values) -> {
            int length = name.getBytes(StandardCharsets.UTF_8).length;
            for (String value : values) {
                size[0] += length + 2 + value.getBytes(StandardCharsets.UTF_8).length;
            }
        });
        return size[0];
    }
}
