package gr.kentra.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * WebFlux makes the CSRF token lazily: the {@code XSRF-TOKEN} cookie is written only when someone subscribes
 * to the token, and nothing does for a plain page load. This subscribes for browser requests, so every page
 * the gateway serves leaves the cookie the page's script echoes in {@code X-XSRF-TOKEN}. Bearer calls need no
 * token and get no cookie.
 */
class CsrfCookieFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().containsHeader("Authorization")) {
            return chain.filter(exchange);
        }
        Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return token.then(chain.filter(exchange));
    }
}
