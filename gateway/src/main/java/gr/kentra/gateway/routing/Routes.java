package gr.kentra.gateway.routing;

import java.net.URI;
import java.util.function.Function;

import gr.kentra.commons.web.KentraHeaders;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * The public paths (README.md, "How a request finds its centre") mapped onto the services. {@code /t/{tenant}/api/**} reaches case-service
 * as {@code /api/**} with the tenant in {@value #TENANT_HEADER}, always the one from the path that
 * {@code TenantMembershipFilter} checked; whatever the client sent under that name is replaced.
 */
@Configuration
class Routes {

    static final String TENANT_HEADER = KentraHeaders.TENANT;

    @Bean
    RouteLocator kentraRoutes(RouteLocatorBuilder routes, RouteProperties services) {
        return routes.routes()
                .route("case-service", route -> route.path("/t/{tenant}/api", "/t/{tenant}/api/**")
                        .filters(filter -> filter
                                // the tenant header and the stripped path in one copy of the request
                                .filter(CentreRequestFilter.api())
                                .filter(relativeLocationUnderTenant())
                                .tokenRelay())
                        .uri(services.caseService()))
                .route("tenant-service", route -> route.path("/admin/**")
                        .filters(filter -> filter.tokenRelay())
                        .uri(services.tenantService()))
                .route("reporting-service", route -> route.path("/reports/**")
                        .filters(filter -> filter.tokenRelay())
                        .uri(services.reportingService()))
                // The dashboards are pages: a browser's session token is relayed like an API client's bearer.
                .route("reporting-service-dashboards", route -> route.path("/dashboards", "/dashboards/**")
                        .filters(filter -> filter.tokenRelay())
                        .uri(services.reportingService()))
                // The public verification of the documents centres issue: anonymous (PUBLIC_PATHS), so no credential
                // of the caller goes on to case-service; the anonymous rate limit applies.
                .route("case-service-verify", route -> route.path("/verify", "/verify/**")
                        .filters(filter -> filter
                                .removeRequestHeader(TENANT_HEADER)
                                .removeRequestHeader(HttpHeaders.AUTHORIZATION)
                                .removeRequestHeader(HttpHeaders.COOKIE))
                        .uri(services.caseService()))
                .route("case-service-docs", docs("case-service", services.caseService(), ApiDocs.underTenant()))
                .route("tenant-service-docs", docs("tenant-service", services.tenantService(), ApiDocs.unchanged()))
                .route("reporting-service-docs", docs("reporting-service", services.reportingService(), ApiDocs.unchanged()))
                .build();
    }

    /** The service's OpenAPI document, rewritten so that it names the gateway and hides the internal API. */
    private static Function<PredicateSpec, Buildable<Route>> docs(String service, URI uri, ApiDocs rewrite) {
        return route -> route.path("/docs/" + service + "/v3/api-docs")
                .filters(filter -> filter.setPath("/v3/api-docs")
                        .modifyResponseBody(String.class, String.class,
                                (exchange, body) -> Mono.justOrEmpty(body).map(rewrite::rewrite)))
                .uri(uri);
    }

    /**
     * case-service knows its resources as {@code /api/…}; behind the gateway they are {@code /t/{tenant}/api/…}.
     * A relative Location keeps the client on whatever host and scheme it used to reach the gateway.
     */
    private static GatewayFilter relativeLocationUnderTenant() {
        return (exchange, chain) -> {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                String location = headers.getFirst(HttpHeaders.LOCATION);
                String tenant = ServerWebExchangeUtils.getUriTemplateVariables(exchange).get("tenant");
                if (location != null && tenant != null) {
                    String path = URI.create(location).getRawPath();
                    if (path != null && path.startsWith("/api/")) {
                        headers.set(HttpHeaders.LOCATION, "/t/" + tenant + path);
                    }
                }
                return Mono.empty();
            });
            return chain.filter(exchange);
        };
    }
}
