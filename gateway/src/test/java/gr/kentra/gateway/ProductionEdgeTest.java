package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.DefaultWebSessionManager;

/**
 * The gateway as production configures it (TLS in front: Secure cookies, HSTS) with small rate limits, so
 * that a flood is short: the limits hold per person and per centre, and other centres are served meanwhile.
 */
@TestPropertySource(properties = {
    "kentra.limits.per-user.per-second=1", "kentra.limits.per-user.burst=5",
    "kentra.limits.per-centre.per-second=1", "kentra.limits.per-centre.burst=30",
    "kentra.session.secure-cookie=true", "kentra.session.idle-timeout=15m", "kentra.edge.hsts=true"})
class ProductionEdgeTest extends GatewayTest {

    @Autowired
    WebSessionManager sessions;

    @Test
    void answersAFloodFromOnePersonWith429AndRetryAfterWhileAnotherCentreIsServed() {
        String flooder = TOKENS.memberAs("flooder", "mouzaki");
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            EntityExchangeResult<byte[]> answer = get("/t/mouzaki/api/beneficiaries", flooder)
                    .expectBody().returnResult();
            if (answer.getStatus().value() == 429) {
                refused++;
                assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(Long.parseLong(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                        .isBetween(1L, 2L);
            }
            get("/t/elefsina/api/beneficiaries", TOKENS.memberAs("calm-" + i, "elefsina")).expectStatus().isOk();
        }
        assertThat(refused).as("refused beyond a burst of 5 at 1/s").isGreaterThanOrEqualTo(13);
    }

    @Test
    void answersAFloodOnOneCentreWith429WhileAnotherCentreIsServed() {
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = get("/t/nea-smyrni/api/beneficiaries", TOKENS.memberAs("staff-" + i, "nea-smyrni"))
                    .expectBody().returnResult().getStatus().value();
            refused += status == 429 ? 1 : 0;
            if (i % 4 == 0) {
                get("/t/kallithea/api/beneficiaries", TOKENS.memberAs("other-" + i, "kallithea")).expectStatus().isOk();
            }
        }
        assertThat(refused).as("refused beyond the centre's burst of 30 at 1/s").isGreaterThanOrEqualTo(5);
    }

    @Test
    void outsidersDoNotSpendACentresLimit() {
        for (int i = 0; i < 40; i++) {
            get("/t/agia-varvara/api/beneficiaries", TOKENS.memberAs("outsider-" + i, "mouzaki"))
                    .expectStatus().isForbidden();
        }
        get("/t/agia-varvara/api/beneficiaries", TOKENS.memberAs("insider", "agia-varvara"))
                .expectStatus().isOk();
    }

    @Test
    void marksTheSessionAndCsrfCookiesSecureAndSendsHsts() {
        EntityExchangeResult<byte[]> login = client().get().uri("/oauth2/authorization/keycloak").exchange()
                .expectHeader().valueMatches("Strict-Transport-Security", "max-age=\\d+; includeSubDomains")
                .expectBody().returnResult();
        ResponseCookie session = login.getResponseCookies().getFirst("SESSION");
        ResponseCookie csrf = login.getResponseCookies().getFirst("XSRF-TOKEN");

        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(csrf.isSecure()).isTrue();
        assertThat(csrf.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void endsIdleSessionsAfterTheConfiguredTimeout() {
        var store = ((DefaultWebSessionManager) sessions).getSessionStore();

        assertThat(store.createWebSession().block().getMaxIdleTime()).isEqualTo(Duration.ofMinutes(15));
    }
}
