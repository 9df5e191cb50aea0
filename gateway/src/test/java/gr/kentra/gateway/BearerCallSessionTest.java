package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * An API call with a bearer token is relayed without a web session ever being opened for it: a session costs an id
 * made off the event loop and a move of the rest of the request to another thread (issue 15). A browser that needs
 * to log in still gets one, to carry the page it asked for through the login.
 */
class BearerCallSessionTest extends GatewayTest {

    /** Sessions asked for, by request path: every subscription to the exchange's session. */
    static final Map<String, AtomicInteger> SESSIONS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class CountSessions {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        WebFilter sessionCounter() {
            return (exchange, chain) -> chain.filter(new ServerWebExchangeDecorator(exchange) {
                @Override
                public Mono<WebSession> getSession() {
                    return super.getSession().doOnSubscribe(subscription -> SESSIONS
                            .computeIfAbsent(exchange.getRequest().getPath().value(), path -> new AtomicInteger())
                            .incrementAndGet());
                }
            });
        }
    }

    @BeforeEach
    void forgetSessions() {
        SESSIONS.clear();
    }

    @Test
    void anApiCallWithABearerTokenOpensNoSession() {
        get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("moschato-tavros")).expectStatus().isOk();
        get("/t/moschato-tavros/api/beneficiaries?q=%CE%A0%CE%B1%CF%80%CE%B1", TOKENS.member("moschato-tavros"))
                .expectStatus().isOk();

        assertThat(CASES.last().path()).as("relayed").isEqualTo("/api/beneficiaries");
        assertThat(SESSIONS).doesNotContainKey("/t/moschato-tavros/api/beneficiaries");
    }

    @Test
    void aBrowserSentToLoginGetsASessionForThePageItAskedFor() {
        client().get().uri("/t/moschato-tavros/people").header(HttpHeaders.ACCEPT, "text/html").exchange()
                .expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/keycloak")
                .expectHeader().values(HttpHeaders.SET_COOKIE, cookies -> assertThat(cookies)
                        .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")));

        assertThat(SESSIONS.get("/t/moschato-tavros/people")).isNotNull().satisfies(count ->
                assertThat(count.get()).isPositive());
    }
}
