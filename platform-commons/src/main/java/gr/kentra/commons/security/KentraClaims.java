package gr.kentra.commons.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads Kentra's claims from a Keycloak access token. The tenant claim is {@code organization}: a list of
 * organization aliases, or (with the mapper's "add organization id/attributes" options) a map keyed by alias.
 */
public final class KentraClaims {

    public static final String ORGANIZATION = "organization";
    public static final String REGION = "region";
    public static final String REALM_ACCESS = "realm_access";

    private KentraClaims() {
    }

    /** The tenants the token's subject belongs to; malformed aliases are dropped, never trusted. */
    public static Set<TenantId> tenants(Jwt jwt) {
        return tenantsOf(jwt.getClaims().get(ORGANIZATION));
    }

    /** The same for the claims of an OpenID Connect user (a browser session's ID token and user info). */
    public static Set<TenantId> tenants(Map<String, Object> claims) {
        return tenantsOf(claims.get(ORGANIZATION));
    }

    public static boolean belongsTo(Jwt jwt, TenantId tenant) {
        return tenants(jwt).contains(tenant);
    }

    static Set<TenantId> tenantsOf(Object claim) {
        Collection<?> aliases = switch (claim) {
            case null -> List.of();
            case Map<?, ?> map -> map.keySet();
            case Collection<?> list -> list;
            case String single -> List.of(single);
            default -> List.of();
        };
        Set<TenantId> tenants = new LinkedHashSet<>();
        for (Object alias : aliases) {
            if (alias instanceof String s && TenantId.isValid(s)) {
                tenants.add(TenantId.of(s));
            }
        }
        return Set.copyOf(tenants);
    }

    /** The region code of a regional programme manager, if the token carries one. */
    public static Optional<String> region(Jwt jwt) {
        Object claim = jwt.getClaims().get(REGION);
        if (claim instanceof Collection<?> list && !list.isEmpty()) {
            claim = list.iterator().next();
        }
        return claim instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** Realm roles from {@code realm_access.roles}. */
    public static Set<String> realmRoles(Jwt jwt) {
        if (jwt.getClaims().get(REALM_ACCESS) instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> roles) {
            Set<String> result = new LinkedHashSet<>();
            roles.forEach(role -> {
                if (role instanceof String s) {
                    result.add(s);
                }
            });
            return Set.copyOf(result);
        }
        return Set.of();
    }
}
