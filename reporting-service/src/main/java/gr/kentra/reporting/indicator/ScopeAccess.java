package gr.kentra.reporting.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.security.KentraRole;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.reporting.system.ForbiddenScopeException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who may see which scope, from the token alone: a ministry analyst any; a regional manager their own
 * region (the {@code region} claim) and its centres; a coordinator only the centres of their
 * {@code organization} claim. One role that allows is enough.
 */
public final class ScopeAccess {

    private ScopeAccess() {
    }

    /**
     * @param regionOfCentre the region a centre's facts come from, if reporting has seen the centre
     */
    public static void check(Jwt jwt, Scope scope, Optional<String> regionOfCentre) {
        if (!allowed(jwt, scope, regionOfCentre)) {
            throw new ForbiddenScopeException(scope.toString());
        }
    }

    static boolean allowed(Jwt jwt, Scope scope, Optional<String> regionOfCentre) {
        Set<String> roles = KentraClaims.realmRoles(jwt);
        if (roles.contains(KentraRole.MINISTRY_ANALYST.realmRole())) {
            return true;
        }
        Optional<String> ownRegion = KentraClaims.region(jwt);
        boolean manager = roles.contains(KentraRole.REGIONAL_MANAGER.realmRole()) && ownRegion.isPresent();
        return switch (scope) {
            case Scope.National national -> false;
            case Scope.Region region -> manager && region.code().equals(ownRegion.get());
            case Scope.Centre centre -> (manager && regionOfCentre.equals(ownRegion))
                    || (roles.contains(KentraRole.COORDINATOR.realmRole()) && TenantId.isValid(centre.tenant())
                            && KentraClaims.belongsTo(jwt, TenantId.of(centre.tenant())));
        };
    }

    /**
     * The scopes the token reaches at their widest, widest first: the country for an analyst, the own region
     * for a regional manager, each own centre for a coordinator. Empty for every other role.
     */
    public static List<Scope> widestScopes(Jwt jwt) {
        List<Scope> scopes = new ArrayList<>();
        if (analyst(jwt)) {
            scopes.add(new Scope.National());
        }
        managedRegion(jwt).ifPresent(region -> scopes.add(new Scope.Region(region)));
        if (KentraClaims.realmRoles(jwt).contains(KentraRole.COORDINATOR.realmRole())) {
            KentraClaims.tenants(jwt).stream().map(TenantId::value).sorted()
                    .forEach(tenant -> scopes.add(new Scope.Centre(tenant)));
        }
        return scopes;
    }

    /** The region a regional manager may see, if the token is a regional manager's. */
    public static Optional<String> managedRegion(Jwt jwt) {
        return KentraClaims.realmRoles(jwt).contains(KentraRole.REGIONAL_MANAGER.realmRole())
                ? KentraClaims.region(jwt) : Optional.empty();
    }

    public static boolean analyst(Jwt jwt) {
        return KentraClaims.realmRoles(jwt).contains(KentraRole.MINISTRY_ANALYST.realmRole());
    }
}
