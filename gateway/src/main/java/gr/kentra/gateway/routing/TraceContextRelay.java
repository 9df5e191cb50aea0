package gr.kentra.gateway.routing;

import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Takes the trace to the service behind: the W3C {@code traceparent} (and any other field of the propagator) of
 * the gateway's own request span, in place of whatever the client sent under those names. Spring Cloud Gateway's
 * client observation, which did this with a second span and timer around every relayed call, is off
 * ({@code spring.cloud.gateway.server.webflux.observability.enabled: false}; issue 15: the gateway spent as much
 * CPU per read as the whole read). The service's span is then a child of the gateway's request span.
 */
@Component
class TraceContextRelay implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    TraceContextRelay(ObjectProvider<Propagator> propagator) {
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders relayed = HttpHeaders.copyOf(input);
        propagator.fields().forEach(relayed::remove);
        RequestSpan.of(exchange).ifPresent(span -> propagator.inject(span.context(), relayed, HttpHeaders::set));
        return relayed;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
