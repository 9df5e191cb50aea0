package gr.kentra.cases.web;

import java.util.List;

import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.security.KentraRole;
import org.springframework.security.oauth2.jwt.Jwt;

/** The person using the pages, as the layout's header shows her: name and her role in the centre. */
record Staff(String name, String username, String role) {

    private static final List<KentraRole> CENTRE_ROLES = List.of(KentraRole.COORDINATOR, KentraRole.SOCIAL_WORKER,
            KentraRole.PSYCHOLOGIST, KentraRole.ADMIN_STAFF);

    static Staff of(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        String name = token.getClaimAsString("name");
        var roles = KentraClaims.realmRoles(token);
        String role = CENTRE_ROLES.stream().map(KentraRole::realmRole).filter(roles::contains).findFirst()
                .orElse(null);
        return new Staff(name == null || name.isBlank() ? username : name, username, role);
    }
}
