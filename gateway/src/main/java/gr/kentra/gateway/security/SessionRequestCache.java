package gr.kentra.gateway.security;

import java.net.URI;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/**
 * Spring Security's session request cache, which looks for a saved request only where a session can hold one. A
 * request is saved in the browser's session when a page needs a login, and comes back after it with that session's
 * cookie. Spring's reactive cache looks in the session on every request; for one without a session cookie (every API
 * call with a bearer token) that look made a new session, whose in-memory store makes its id off the event loop and
 * then moves the rest of the request to the parallel scheduler: two thread hops per request and about half of the
 * gateway's CPU samples on that scheduler (issue 15, BENCHMARKS.md). Such a session is empty, so the answer, "nothing
 * saved", is the same without it. Saving and reading a saved request after login are Spring's own.
 */
final class SessionRequestCache implements ServerRequestCache {

    private final ServerRequestCache sessions = new WebSessionServerRequestCache();
    private final WebSessionIdResolver sessionIds;

    SessionRequestCache(WebSessionIdResolver sessionIds) {
        this.sessionIds = sessionIds;
    }

    @Override
    public Mono<Void> saveRequest(ServerWebExchange exchange) {
        return sessions.saveRequest(exchange);
    }

    @Override
    public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
        return sessions.getRedirectUri(exchange);
    }

    @Override
    public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
        if (sessionIds.resolveSessionIds(exchange).isEmpty()) {
            return Mono.empty();
        }
        return sessions.removeMatchingRequest(exchange);
    }
}
