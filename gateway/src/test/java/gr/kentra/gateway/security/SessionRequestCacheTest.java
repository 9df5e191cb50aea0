package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * The request cache of the gateway's security chain: a request without a session cookie (an API call with a bearer
 * token) is answered "nothing saved" without a session being opened for it; a browser coming back after its login,
 * with its session's cookie, still gets the page it had asked for, once.
 */
class SessionRequestCacheTest {

    private static final String TOKEN = "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln";

    private final DefaultWebSessionManager sessions = new DefaultWebSessionManager();
    private final AtomicInteger opened = new AtomicInteger();
    private final WebSessionManager counting = exchange -> Mono.defer(() -> {
        opened.incrementAndGet();
        return sessions.getSession(exchange);
    });
    private final SessionRequestCache cache = new SessionRequestCache(new CookieWebSessionIdResolver());

    @Test
    void anApiCallWithoutASessionCookieOpensNoSession() {
        ServerWebExchange call = exchange(MockServerHttpRequest.get("/t/moschato-tavros/api/beneficiaries/42")
                .header(HttpHeaders.AUTHORIZATION, TOKEN));

        assertThat(cache.removeMatchingRequest(call).blockOptional()).isEmpty();
        assertThat(opened).as("sessions opened for the call").hasValue(0);

        // Spring's own cache, on the same kind of call, opens one: what this cache is for.
        ServerWebExchange same = exchange(MockServerHttpRequest.get("/t/moschato-tavros/api/beneficiaries/42")
                .header(HttpHeaders.AUTHORIZATION, TOKEN));
        assertThat(new WebSessionServerRequestCache().removeMatchingRequest(same).blockOptional()).isEmpty();
        assertThat(opened).hasValue(1);
    }

    @Test
    void aBrowserBackFromItsLoginGetsThePageItAskedForOnce() {
        // A page without a session: the login's entry point saves the request in a new session.
        ServerWebExchange asked = exchange(MockServerHttpRequest.get("/t/moschato-tavros/people/42?tab=history")
                .header(HttpHeaders.ACCEPT, "text/html"));
        cache.saveRequest(asked).block();
        WebSession session = asked.getSession().block();
        assertThat(session).isNotNull();
        session.save().block();
        HttpCookie cookie = new HttpCookie("SESSION", session.getId());
        assertThat(cache.getRedirectUri(exchange(MockServerHttpRequest.get("/login/oauth2/code/keycloak")
                .cookie(cookie))).block()).hasToString("/t/moschato-tavros/people/42?tab=history");

        ServerWebExchange back = exchange(MockServerHttpRequest.get("/t/moschato-tavros/people/42?tab=history")
                .cookie(cookie));
        ServerHttpRequest saved = cache.removeMatchingRequest(back).block();

        assertThat(saved).isNotNull();
        assertThat(saved.getURI().getRawPath()).isEqualTo("/t/moschato-tavros/people/42");
        assertThat(saved.getURI().getRawQuery()).isEqualTo("tab=history");
        ServerWebExchange again = exchange(MockServerHttpRequest.get("/t/moschato-tavros/people/42?tab=history")
                .cookie(cookie));
        assertThat(cache.removeMatchingRequest(again).blockOptional()).as("taken out of the session").isEmpty();
    }

    @Test
    void aSessionCookieNamingNoSessionFindsNothingSaved() {
        ServerWebExchange stale = exchange(MockServerHttpRequest.get("/t/moschato-tavros/people/42")
                .cookie(new HttpCookie("SESSION", "gone")));

        assertThat(cache.removeMatchingRequest(stale).blockOptional()).isEmpty();
    }

    private MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        return MockServerWebExchange.builder(request.build()).sessionManager(counting).build();
    }
}
