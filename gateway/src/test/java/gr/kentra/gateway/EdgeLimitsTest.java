package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The limits Netty used to answer with empty bodies (414, 431) are the gateway's problems now, and requests
 * without a signed-in person are limited per client address (login's start, calls without or with a failing
 * token), while a signed-in person from the same address is served. Plain HTTP, so that nothing rewrites the
 * oversized requests on the way.
 */
@TestPropertySource(properties = {"kentra.limits.anonymous.per-second=1", "kentra.limits.anonymous.burst=5"})
class EdgeLimitsTest extends GatewayTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    Environment environment;

    @Test
    void answersATooLongAddressWithA414ProblemInGreekOrEnglish() {
        String query = "?q=" + "α".repeat(10).replace("α", "%CE%B1") + "a".repeat(9000);
        HttpResponse<String> greek = send("/t/mouzaki/api/beneficiaries" + query, TOKENS.member("mouzaki"), "el", null);
        HttpResponse<String> english = send("/t/mouzaki/api/beneficiaries" + query, TOKENS.member("mouzaki"), "en", null);

        assertThat(greek.statusCode()).isEqualTo(414);
        assertThat(greek.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(greek.body()).contains("\"status\":414", "μήκος");
        assertThat(english.statusCode()).isEqualTo(414);
        assertThat(english.body()).contains("URI too long");
        assertThat(CASES.last()).as("nothing relayed").isNull();
    }

    @Test
    void answersTooLargeHeadersWithA431Problem() {
        HttpResponse<String> answer = send("/t/mouzaki/api/beneficiaries", TOKENS.member("mouzaki"), "en",
                "x".repeat(17 * 1024));

        assertThat(answer.statusCode()).isEqualTo(431);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":431", "cookies");
        assertThat(CASES.last()).isNull();
    }

    @Test
    void keepsNettysOwnLimitsAboveTheGatewaysSoThatTheGatewayAnswers() {
        long line = DataSize.parse(environment.getProperty("server.netty.max-initial-line-length")).toBytes();
        long headers = DataSize.parse(environment.getProperty("server.max-http-request-header-size")).toBytes();
        long uri = DataSize.parse(environment.getProperty("kentra.limits.max-uri-length")).toBytes();
        long header = DataSize.parse(environment.getProperty("kentra.limits.max-header-size")).toBytes();

        assertThat(line).as("method, target and version fit under Netty's line limit").isGreaterThan(uri + 1024);
        assertThat(headers).isGreaterThan(header + 1024);
    }

    @Test
    void answersAFloodOfLoginStartsFromOneAddressWith429AndRetryAfterWhileASignedInPersonIsServed() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = send("/oauth2/authorization/keycloak", null, "el", null);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 2L));
                assertThat(answer.body()).contains("\"status\":429");
            }
            assertThat(send("/t/mouzaki/api/beneficiaries", TOKENS.memberAs("calm-" + i, "mouzaki"), "el", null)
                    .statusCode()).as("a signed-in person from the same address").isEqualTo(200);
        }
        // Another test of this class may have spent the address's bucket already: only refusals is fine too.
        assertThat(statuses).as("at most a burst of 5 at 1/s").allSatisfy(status -> assertThat(status).isIn(302, 429));
        assertThat(statuses.stream().filter(status -> status == 429).count()).as("even on a slow machine").isGreaterThanOrEqualTo(5);
    }

    @Test
    void answersAFloodOfCallsWithoutOrWithFailingTokensWith429() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(send("/t/mouzaki/api/beneficiaries", null, "el", null).statusCode());
            statuses.add(send("/t/mouzaki/api/beneficiaries", "not-a-token-" + i, "el", null).statusCode());
            statuses.add(send("/t/mouzaki/api/beneficiaries", TOKENS.expired("mouzaki"), "el", null).statusCode());
        }
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(401, 429));
        assertThat(statuses.stream().filter(status -> status == 429).count()).as("even on a slow machine").isGreaterThanOrEqualTo(20);
    }

    private HttpResponse<String> send(String path, String token, String language, String filler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (filler != null) {
            request.header("X-Filler", filler);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
