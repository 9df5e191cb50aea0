package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The centre API route's forwarded request, through the whole gateway to a real stand-in service, against the one
 * the route's former filters (SetRequestHeader then StripPrefix) forwarded for the same request: a reference route
 * with those filters takes the requests that carry {@value #REFERENCE}. Seeded paths (encoded, doubly encoded,
 * dot segments, matrix parameters), raw queries and client tenant headers in several casings.
 */
@TestPropertySource(properties = {"kentra.limits.per-user.burst=100000", "kentra.limits.per-centre.burst=100000"})
class CentreApiForwardingTest extends GatewayTest {

    static final String REFERENCE = "X-Test-Reference-Route";

    private static final String[] SEGMENTS = {"beneficiaries", "42", "", ".", "..", "%2e%2e", "%2F", "%252F", "%25",
            "%CE%91", "a;b=c", "api", "%20", "+", "a%2Fb", "~user"};

    private static final String[] QUERIES = {null, "", "q=papadopoulos&page=1", "a=1&a=2", "q=%2F%2e%2e",
            "x=%25252F", "%CE%91=%CE%B2", "next=/t/elefsina/api", "a+b=c+d&&"};

    private static final String[][] CLIENT_TENANT_HEADERS = {{}, {"X-Kentra-Tenant", "elefsina"},
            {"x-kentra-tenant", "elefsina", "X-KENTRA-TENANT", "mouzaki"},
            {"X-Kentra-Tenant", "moschato-tavros", "X-Kentra-Tenant", "elefsina"}, {"x-KeNtRa-TeNaNt", "x"}};

    @TestConfiguration
    static class FormerApiRoute {

        @Bean
        RouteLocator formerApiRoute(RouteLocatorBuilder routes, @Value("${kentra.routes.case-service}") URI cases) {
            return routes.routes()
                    .route("case-service-former", route -> route.order(-1)
                            .path("/t/{tenant}/api", "/t/{tenant}/api/**").and().header(REFERENCE)
                            .filters(filter -> filter.setRequestHeader("X-Kentra-Tenant", "{tenant}")
                                    .stripPrefix(2)
                                    .tokenRelay())
                            .uri(cases))
                    .build();
        }
    }

    @Test
    void forwardsEveryCentreApiRequestAsTheFormerFiltersDid() {
        String token = TOKENS.member("moschato-tavros");
        Random random = new Random(20261207);
        int reached = 0;
        for (int i = 0; i < 160; i++) {
            String path = randomPath(random);
            String[] tenantHeaders = CLIENT_TENANT_HEADERS[random.nextInt(CLIENT_TENANT_HEADERS.length)];

            Forwarded former = send(path, tenantHeaders, token, true);
            Forwarded now = send(path, tenantHeaders, token, false);

            assertThat(now).as(path).isEqualTo(former);
            if (now.received() != null) {
                reached++;
                assertThat(now.received().all("X-Kentra-Tenant")).as(path).containsExactly("moschato-tavros");
            }
        }
        assertThat(reached).as("requests that reached case-service").isGreaterThan(40);
    }

    /** What the stand-in received, without what differs by request (trace) or by route (the reference marker). */
    record Forwarded(int status, Received received) {
    }

    record Received(String method, String path, String query, Map<String, List<String>> headers) {
        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private Forwarded send(String path, String[] tenantHeaders, String token, boolean reference) {
        CASES.reset();
        WebTestClient.RequestHeadersSpec<?> request = client().get()
                .uri(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Other", "one", "two");
        for (int i = 0; i < tenantHeaders.length; i += 2) {
            request = request.header(tenantHeaders[i], tenantHeaders[i + 1]);
        }
        if (reference) {
            request = request.header(REFERENCE, "yes");
        }
        int status = request.exchange().returnResult(Void.class).getStatus().value();
        Downstream.Received last = CASES.last();
        if (last == null) {
            return new Forwarded(status, null);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        last.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        headers.remove("traceparent");
        headers.remove(REFERENCE.toLowerCase(Locale.ROOT));
        return new Forwarded(status, new Received(last.method(), last.path(), last.query(), headers));
    }

    private static String randomPath(Random random) {
        StringBuilder path = new StringBuilder(random.nextInt(10) == 0 ? "/t/elefsina/api" : "/t/moschato-tavros/api");
        int segments = random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            path.append(random.nextInt(10) == 0 ? "//" : "/").append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
        }
        if (random.nextBoolean()) {
            path.append('/');
        }
        String query = QUERIES[random.nextInt(QUERIES.length)];
        return path + (query == null ? "" : "?" + query);
    }
}
