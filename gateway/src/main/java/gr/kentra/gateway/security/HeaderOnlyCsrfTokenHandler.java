package gr.kentra.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Takes the CSRF token from the {@code X-XSRF-TOKEN} header only. The default handler first looks for a
 * {@code _csrf} form field, which reads a form post's body in the gateway: the body is then gone and the
 * request relayed to the service hangs without one. The pages send the header anyway; services never see a
 * {@code _csrf} field. The one exception is the gateway's own {@code POST /logout}, which is never relayed:
 * a plain HTML form (no script can add a header to it) sends the token as {@code _csrf}.
 */
class HeaderOnlyCsrfTokenHandler extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        if ("/logout".equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return super.resolveCsrfTokenValue(exchange, token);
        }
        return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(token.getHeaderName()));
    }
}
