package gr.kentra.gateway.landing;

import java.util.List;
import java.util.Set;

import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a person starts after login: centre staff on their centre's home page (a member of several centres
 * chooses one), analysts and regional managers on the dashboards, platform administrators on the registry.
 * Roles and centres are read from the access token (the ID token carries no realm roles).
 */
@Component
public class Landing {

    static final String CHOOSER = "/centres";
    private static final Set<String> STAFF = Set.of(KentraRole.SOCIAL_WORKER.realmRole(),
            KentraRole.PSYCHOLOGIST.realmRole(), KentraRole.COORDINATOR.realmRole(), KentraRole.ADMIN_STAFF.realmRole());

    private final ServerOAuth2AuthorizedClientRepository clients;
    private final ReactiveJwtDecoder decoder;

    Landing(ServerOAuth2AuthorizedClientRepository clients, ReactiveJwtDecoder decoder) {
        this.clients = clients;
        this.decoder = decoder;
    }

    /** The path to send this person to. */
    public Mono<String> pathFor(Authentication authentication, ServerWebExchange exchange) {
        return accessToken(authentication, exchange).map(Landing::pathFor).defaultIfEmpty(CHOOSER);
    }

    /** Who is choosing (as the pages' header names her) and her centres, sorted, for the chooser. */
    record Chooser(String person, String role, List<TenantId> centres) {
    }

    Mono<Chooser> chooserFor(Authentication authentication, ServerWebExchange exchange) {
        return accessToken(authentication, exchange)
                .map(jwt -> new Chooser(person(jwt), role(jwt), KentraClaims.tenants(jwt).stream()
                        .sorted(java.util.Comparator.comparing(TenantId::value)).toList()))
                .defaultIfEmpty(new Chooser(null, null, List.of()));
    }

    private static String person(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return name != null && !name.isBlank() ? name : jwt.getClaimAsString("preferred_username");
    }

    /** The realm role the header names (the widest first), as in the bundles' {@code kentra.role.*}. */
    private static String role(Jwt jwt) {
        Set<String> roles = KentraClaims.realmRoles(jwt);
        return java.util.stream.Stream.of(KentraRole.COORDINATOR, KentraRole.SOCIAL_WORKER, KentraRole.PSYCHOLOGIST,
                        KentraRole.ADMIN_STAFF, KentraRole.PLATFORM_ADMIN, KentraRole.MINISTRY_ANALYST,
                        KentraRole.REGIONAL_MANAGER)
                .map(KentraRole::realmRole).filter(roles::contains).findFirst().orElse(null);
    }

    static String pathFor(Jwt token) {
        Set<String> roles = KentraClaims.realmRoles(token);
        Set<TenantId> centres = KentraClaims.tenants(token);
        if (roles.stream().anyMatch(STAFF::contains) && centres.size() == 1) {
            return "/t/" + centres.iterator().next().value() + "/";
        }
        if (roles.stream().anyMatch(STAFF::contains) && centres.size() > 1) {
            return CHOOSER;
        }
        if (roles.contains(KentraRole.PLATFORM_ADMIN.realmRole())) {
            return "/admin/";
        }
        if (roles.contains(KentraRole.MINISTRY_ANALYST.realmRole())
                || roles.contains(KentraRole.REGIONAL_MANAGER.realmRole())) {
            return "/dashboards/";
        }
        return CHOOSER;
    }

    private Mono<Jwt> accessToken(Authentication authentication, ServerWebExchange exchange) {
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return Mono.just(bearer.getToken());
        }
        return clients.loadAuthorizedClient("keycloak", authentication, exchange)
                .flatMap(client -> decoder.decode(client.getAccessToken().getTokenValue()))
                .onErrorResume(e -> Mono.empty());
    }
}
