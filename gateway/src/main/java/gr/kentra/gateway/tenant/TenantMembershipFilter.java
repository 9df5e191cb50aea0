package gr.kentra.gateway.tenant;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.gateway.security.Problems;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets a request to {@code /t/{tenant}/…} through only when the authenticated caller's token says they belong
 * to that centre. Anything else (someone else's centre, a centre that does not exist, a malformed id) gets the
 * same 403, so the answer never reveals which centres exist. Only then, for members, a suspended or archived
 * centre is refused with a problem that says so (members know their centre exists), or a page to a browser
 * opening one of the centre's pages. Runs after
 * authentication and authorisation.
 */
public final class TenantMembershipFilter implements WebFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/t/([^/]*)(/.*)?$");

    private final CentreAvailability centres;
    private final CentreUnavailablePage page = new CentreUnavailablePage();

    public TenantMembershipFilter(CentreAvailability centres) {
        this.centres = centres;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Matcher matcher = TENANT_PATH.matcher(exchange.getRequest().getPath().pathWithinApplication().value());
        if (!matcher.matches()) {
            return chain.filter(exchange);
        }
        String requested = matcher.group(1);
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(authentication -> isMember(authentication, requested))
                .defaultIfEmpty(false)
                .flatMap(member -> member ? enterOpenCentre(exchange, chain, TenantId.of(requested))
                        : Problems.notAMember(exchange));
    }

    private Mono<Void> enterOpenCentre(ServerWebExchange exchange, WebFilterChain chain, TenantId tenant) {
        return centres.refusal(tenant)
                .map(reason -> reason == CentreAvailability.Unavailable.ARCHIVED)
                .map(archived -> CentreUnavailablePage.wanted(exchange) ? page.write(exchange, archived)
                        : Problems.centreUnavailable(exchange, archived))
                .orElseGet(() -> {
                    CentreRequestObservations.admitted(exchange, tenant.value());
                    return chain.filter(exchange);
                });
    }

    static boolean isMember(Authentication authentication, String requested) {
        if (!TenantId.isValid(requested)) {
            return false;
        }
        return tenantsOf(authentication).contains(TenantId.of(requested));
    }

    private static Set<TenantId> tenantsOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return KentraClaims.tenants(token.getToken());
        }
        Optional<Map<String, Object>> oidcClaims = Optional.ofNullable(authentication.getPrincipal())
                .filter(OidcUser.class::isInstance).map(principal -> ((OidcUser) principal).getClaims());
        return oidcClaims.map(KentraClaims::tenants).orElse(Set.of());
    }
}
