package gr.kentra.reporting.indicator;

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
final class ScopeAccess {

    private ScopeAccess() {
    }

    /**
     * @param regionOfCentre the region a centre's facts come from, if reporting has seen the centre
     */
    static void check(Jwt jwt, Scope scope, Optional<String> regionOfCentre) {
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

    /** The region a regional manager may see, if the token is a regional manager's. */
    static Optional<String> managedRegion(Jwt jwt) {
        return KentraClaims.realmRoles(jwt).contains(KentraRole.REGIONAL_MANAGER.realmRole())
                ? KentraClaims.region(jwt) : Optional.empty();
    }

    static boolean analyst(Jwt jwt) {
        return KentraClaims.realmRoles(jwt).contains(KentraRole.MINISTRY_ANALYST.realmRole());
    }
}
