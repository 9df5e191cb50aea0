package gr.kentra.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes the CSRF token from the {@code X-XSRF-TOKEN} header only. The default handler first looks for a
 * {@code _csrf} form field, which reads a form post's body in the gateway: the body is then gone and the
 * request relayed to the service hangs without one. The pages send the header anyway; services never see a
 * {@code _csrf} field.
 */
class HeaderOnlyCsrfTokenHandler extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(token.getHeaderName()));
    }
}
