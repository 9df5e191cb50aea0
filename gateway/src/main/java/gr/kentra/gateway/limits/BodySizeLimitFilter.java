package gr.kentra.gateway.limits;

import gr.kentra.gateway.security.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * No request body over {@code kentra.limits.max-body-size} reaches a service: a declared Content-Length over
 * it is refused at once with a 413 problem; a body without one (chunked) is counted while it streams and the
 * relay is cut with the same 413 the moment it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BodySizeLimitFilter implements WebFilter {

    /** Raised inside the relayed body; ProblemErrorHandler answers it as the 413 problem. */
    static final class BodyTooLarge extends ResponseStatusException {
        BodyTooLarge() {
            super(HttpStatus.CONTENT_TOO_LARGE);
        }
    }

    private final long limit;

    BodySizeLimitFilter(LimitProperties limits) {
        this.limit = limits.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return Problems.payloadTooLarge(exchange);
        }
        if (declared >= 0) {
            // Netty never reads more than the declared length, so the check above is the whole check.
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                long[] seen = {0};
                return super.getBody().handle((buffer, sink) -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
