package gr.kentra.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webflux.autoconfigure.WebFluxProperties;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractNameValueGatewayFilterFactory.NameValueConfig;
import org.springframework.cloud.gateway.filter.factory.SetRequestHeaderGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.StripPrefixGatewayFilterFactory;
import org.springframework.cloud.gateway.handler.predicate.PathRoutePredicateFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one-copy filter against the two Spring Cloud Gateway filters it replaced, on the same requests: seeded
 * random paths (encoded, doubly encoded, dot and empty segments, matrix parameters, trailing slashes) and client
 * headers (the tenant header under several casings and values). Edge checks refuse most of these paths before
 * any route; the filter must still treat each one as the old pair did.
 */
class CentreRequestFilterTest {

    private static final String[] SEGMENTS = {"beneficiaries", "42", "", ".", "..", "%2e%2e", "%2E%2E", "%2F", "%2f",
            "%252F", "%25", "%CE%91", "a;b=c", ";jsessionid=1", "api", "t", "%20", "+", "a%2Fb", "~user", "%00"};

    private static final String[] TENANTS = {"moschato-tavros", "elefsina", "Bad_Slug", "%6Douzaki", "mouzaki%2F",
            "x", "%2e%2e", "a;b"};

    private static final String[] QUERIES = {null, "", "q=papadopoulos&page=1", "a=1&a=2", "q=%2F%2e%2e",
            "x=%25252F", "%CE%91=%CE%B2", "next=/t/elefsina/api", "a+b=c+d&&"};

    private static final String[][] CLIENT_TENANT_HEADERS = {{}, {"X-Kentra-Tenant", "elefsina"},
            {"x-kentra-tenant", "elefsina", "X-KENTRA-TENANT", "mouzaki"},
            {"X-Kentra-Tenant", "moschato-tavros", "X-Kentra-Tenant", "elefsina"}, {"x-KeNtRa-TeNaNt", ""}};

    private final Predicate<ServerWebExchange> apiPath = path("/t/{tenant}/api", "/t/{tenant}/api/**");
    private final Predicate<ServerWebExchange> pagePath = path("/t/{tenant}", "/t/{tenant}/**");

    @Test
    void forwardsTheApiRequestExactlyAsSetRequestHeaderThenStripPrefixDid() {
        GatewayFilter header = setTenantHeader();
        StripPrefixGatewayFilterFactory.Config two = new StripPrefixGatewayFilterFactory.Config();
        two.setParts(2);
        GatewayFilter strip = new StripPrefixGatewayFilterFactory().apply(two);

        int compared = compareOnSeededRequests(20260, 3_000, apiPath,
                exchange -> run(exchange, header, strip), exchange -> run(exchange, CentreRequestFilter.api()));

        assertThat(compared).as("requests the API route matched").isGreaterThan(1_000);
    }

    @Test
    void forwardsThePageRequestExactlyAsSetRequestHeaderDid() {
        GatewayFilter header = setTenantHeader();

        int compared = compareOnSeededRequests(20261, 3_000, pagePath,
                exchange -> run(exchange, header), exchange -> run(exchange, CentreRequestFilter.pages()));

        assertThat(compared).as("requests the page route matched").isGreaterThan(1_000);
    }

    @Test
    void stripsTheRawPathKeepingItsEncodingAndTrailingSlash() {
        assertThat(CentreRequestFilter.stripped("/t/elefsina/api", 2)).isEqualTo("/api");
        assertThat(CentreRequestFilter.stripped("/t/elefsina/", 2)).isEqualTo("/");
        assertThat(CentreRequestFilter.stripped("/t/elefsina/api/", 2)).isEqualTo("/api/");
        assertThat(CentreRequestFilter.stripped("/t/elefsina/api/a%2Fb//%2e%2e/", 2)).isEqualTo("/api/a%2Fb/%2e%2e/");
    }

    private interface Forwarding {
        ServerWebExchange forward(ServerWebExchange exchange);
    }

    private int compareOnSeededRequests(long seed, int count, Predicate<ServerWebExchange> route, Forwarding old,
            Forwarding replacement) {
        Random random = new Random(seed);
        int compared = 0;
        for (int i = 0; i < count; i++) {
            String raw = randomUri(random);
            String[] tenantHeaders = CLIENT_TENANT_HEADERS[random.nextInt(CLIENT_TENANT_HEADERS.length)];
            ServerWebExchange before = exchange(raw, tenantHeaders);
            ServerWebExchange after = exchange(raw, tenantHeaders);
            boolean matched = route.test(before);
            if (!matched || !route.test(after)) {
                continue;
            }
            compared++;
            assertForwardedAlike(raw, old.forward(before), replacement.forward(after));
        }
        return compared;
    }

    private static void assertForwardedAlike(String raw, ServerWebExchange old, ServerWebExchange replacement) {
        ServerHttpRequest expected = old.getRequest();
        ServerHttpRequest actual = replacement.getRequest();
        assertThat(actual.getURI().toString()).as(raw).isEqualTo(expected.getURI().toString());
        assertThat(actual.getURI().getRawPath()).as(raw).isEqualTo(expected.getURI().getRawPath());
        assertThat(actual.getURI().getRawQuery()).as(raw).isEqualTo(expected.getURI().getRawQuery());
        assertThat(actual.getPath().value()).as(raw).isEqualTo(expected.getPath().value());
        assertThat(actual.getMethod()).as(raw).isEqualTo(expected.getMethod());
        // Names with their casing, in order, and every value: what NettyRoutingFilter relays.
        assertThat(entries(actual)).as(raw).isEqualTo(entries(expected));
        // Only ever the centre of the path the route matched, never a client's value.
        assertThat(actual.getHeaders().get(Routes.TENANT_HEADER)).as(raw)
                .containsExactly(ServerWebExchangeUtils.getUriTemplateVariables(replacement).get("tenant"));
        assertThat((Object) replacement.getAttribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR)).as(raw)
                .isEqualTo(old.getAttribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR));
        assertThat((Object) replacement.getAttribute(GATEWAY_REQUEST_URL_ATTR)).as(raw)
                .isEqualTo(old.getAttribute(GATEWAY_REQUEST_URL_ATTR));
    }

    private static List<Map.Entry<String, List<String>>> entries(ServerHttpRequest request) {
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>();
        request.getHeaders().forEach((name, values) -> entries.add(Map.entry(name, List.copyOf(values))));
        return entries;
    }

    private static String randomUri(Random random) {
        StringBuilder path = new StringBuilder(random.nextInt(8) == 0 ? "//t/" : "/t/");
        path.append(TENANTS[random.nextInt(TENANTS.length)]);
        path.append(random.nextInt(6) == 0 ? "/page" : "/api");
        int segments = random.nextInt(5);
        for (int i = 0; i < segments; i++) {
            path.append(random.nextInt(10) == 0 ? "//" : "/").append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
        }
        if (random.nextBoolean()) {
            path.append('/');
        }
        String query = QUERIES[random.nextInt(QUERIES.length)];
        return "http://localhost:8080" + path + (query == null ? "" : "?" + query);
    }

    private static ServerWebExchange exchange(String uri, String[] tenantHeaders) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(HttpMethod.GET, URI.create(uri))
                .header("Authorization", "Bearer abc.def.ghi")
                .header("Accept", "application/json")
                .header("X-Other", "one", "two");
        for (int i = 0; i < tenantHeaders.length; i += 2) {
            request.header(tenantHeaders[i], tenantHeaders[i + 1]);
        }
        return MockServerWebExchange.from(request.header("x-other", "three"));
    }

    private static GatewayFilter setTenantHeader() {
        NameValueConfig config = new NameValueConfig();
        config.setName(Routes.TENANT_HEADER);
        config.setValue("{tenant}");
        return new SetRequestHeaderGatewayFilterFactory().apply(config);
    }

    private static Predicate<ServerWebExchange> path(String... patterns) {
        PathRoutePredicateFactory.Config config = new PathRoutePredicateFactory.Config();
        config.setPatterns(List.of(patterns));
        return new PathRoutePredicateFactory(new WebFluxProperties()).apply(config);
    }

    /** The exchange the last filter hands on: what NettyRoutingFilter would relay. */
    private static ServerWebExchange run(ServerWebExchange exchange, GatewayFilter... filters) {
        AtomicReference<ServerWebExchange> reached = new AtomicReference<>();
        GatewayFilterChain chain = new GatewayFilterChain() {
            private int next;

            @Override
            public Mono<Void> filter(ServerWebExchange current) {
                if (next == filters.length) {
                    reached.set(current);
                    return Mono.empty();
                }
                return filters[next++].filter(current, this);
            }
        };
        chain.filter(exchange).block();
        assertThat(reached.get()).isNotNull();
        return reached.get();
    }
}
