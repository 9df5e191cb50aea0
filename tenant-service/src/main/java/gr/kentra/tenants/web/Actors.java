package gr.kentra.tenants.web;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who an administrator is in the audit trail: the username from the token, else its subject. */
final class Actors {

    private Actors() {
    }

    static String of(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
