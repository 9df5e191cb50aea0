package gr.kentra.gateway.edge;

import gr.kentra.gateway.security.KeycloakClientProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The browser-facing headers on every answer of the gateway, the services' pages included, each exactly once:
 * set when the answer is committed, replacing what a service sent. A service's own Content-Security-Policy
 * is kept (a printable page knows what it needs) with {@code frame-ancestors 'none'} added when it lacks it.
 * Runs right after the request id, so the edge's own refusals (paths, sizes) carry the headers too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter implements WebFilter {

    static final String CSP = "Content-Security-Policy";

    private final String policy;
    private final String hsts;

    SecurityHeadersFilter(EdgeProperties edge, KeycloakClientProperties keycloak) {
        this.policy = edge.policy(keycloak.origin());
        this.hsts = edge.hsts() ? "max-age=" + edge.hstsMaxAge().toSeconds() + "; includeSubDomains" : null;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            write(exchange.getResponse().getHeaders());
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void write(HttpHeaders headers) {
        String own = headers.getFirst(CSP);
        if (own == null || headers.getOrEmpty(CSP).size() > 1) {
            headers.set(CSP, policy);
        } else if (!own.contains("frame-ancestors")) {
            headers.set(CSP, own + "; frame-ancestors 'none'");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        } else {
            headers.remove("Strict-Transport-Security");
        }
    }
}
