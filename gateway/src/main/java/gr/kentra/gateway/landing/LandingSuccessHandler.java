package gr.kentra.gateway.landing;

import java.net.URI;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * After login: back to the page the person asked for when there was one (a bookmark, a link in an e-mail),
 * otherwise to her {@link Landing} page instead of the bare root.
 */
@Component
public class LandingSuccessHandler implements ServerAuthenticationSuccessHandler {

    private final ServerRequestCache requests = new WebSessionServerRequestCache();
    private final ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
    private final Landing landing;

    LandingSuccessHandler(Landing landing) {
        this.landing = landing;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
        var exchange = filterExchange.getExchange();
        return requests.getRedirectUri(exchange)
                .filter(saved -> saved.getPath() != null && !saved.getPath().isEmpty() && !"/".equals(saved.getPath()))
                .switchIfEmpty(Mono.defer(() -> landing.pathFor(authentication, exchange).map(URI::create)))
                .flatMap(target -> redirect.sendRedirect(exchange, target));
    }
}
