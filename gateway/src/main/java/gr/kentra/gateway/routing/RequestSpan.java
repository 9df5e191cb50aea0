package gr.kentra.gateway.routing;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The span of a request's server observation (started before any filter), when tracing is on: the one trace the
 * gateway answers in {@code X-Request-Id} ({@link RequestIdFilter}), relays to the service behind
 * ({@link TraceContextRelay}) and puts in scope for its failure log line (the edge's error handler).
 */
public final class RequestSpan {

    private RequestSpan() {
    }

    public static Optional<Span> of(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan);
    }
}
