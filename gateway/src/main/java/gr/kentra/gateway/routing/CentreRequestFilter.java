package gr.kentra.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A centre's request as case-service receives it, made with one copy of the request: {@value Routes#TENANT_HEADER}
 * set to the path's {@code {tenant}} (the centre TenantMembershipFilter checked; whatever the client sent under that
 * name, in any case, is replaced) and, for the API, the leading {@code /t/{tenant}} cut off as Spring Cloud Gateway's
 * StripPrefix cuts it. SetRequestHeader followed by StripPrefix did the same with two copies of the request and all
 * its headers (≈ 2.5 % of the gateway's CPU under a read load).
 */
final class CentreRequestFilter implements GatewayFilter {

    private final int strippedSegments;

    private CentreRequestFilter(int strippedSegments) {
        this.strippedSegments = strippedSegments;
    }

    /** {@code /t/{tenant}/api/…} reaches case-service as {@code /api/…}. */
    static CentreRequestFilter api() {
        return new CentreRequestFilter(2);
    }

    /** The centre's pages keep their full path. */
    static CentreRequestFilter pages() {
        return new CentreRequestFilter(0);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // What SetRequestHeader's "{tenant}" expanded to, without parsing the template on every request.
        String tenant = ServerWebExchangeUtils.getUriTemplateVariables(exchange).get("tenant");
        if (tenant == null) {
            throw new IllegalStateException("A centre's route has no {tenant} in its path");
        }
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpRequest.Builder forwarded = request.mutate()
                .headers(headers -> headers.set(Routes.TENANT_HEADER, tenant));
        if (strippedSegments == 0) {
            return chain.filter(exchange.mutate().request(forwarded.build()).build());
        }
        // StripPrefix's bookkeeping, kept for whatever reads these attributes (logs, the route-to-URL filter).
        ServerWebExchangeUtils.addOriginalRequestUrl(exchange, request.getURI());
        ServerHttpRequest stripped = forwarded.path(stripped(request.getURI().getRawPath(), strippedSegments)).build();
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, stripped.getURI());
        return chain.filter(exchange.mutate().request(stripped).build());
    }

    /**
     * The raw (still encoded) path without its first {@code parts} segments, by StripPrefix's own rule: empty
     * segments do not count and are dropped, a trailing slash stays.
     */
    static String stripped(String rawPath, int parts) {
        String[] segments = StringUtils.tokenizeToStringArray(rawPath, "/");
        StringBuilder path = new StringBuilder("/");
        for (int i = parts; i < segments.length; i++) {
            if (path.length() > 1) {
                path.append('/');
            }
            path.append(segments[i]);
        }
        if (path.length() > 1 && rawPath.endsWith("/")) {
            path.append('/');
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return "CentreRequestFilter[" + Routes.TENANT_HEADER + " = {tenant}, strip " + strippedSegments + "]";
    }
}
