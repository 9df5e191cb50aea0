package gr.kentra.cases.system;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The staff member serving the current request, as recorded in records and the audit trail. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    /** The token's {@code preferred_username}, or its subject; "system" outside a request. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            String username = token.getToken().getClaimAsString("preferred_username");
            return username != null && !username.isBlank() ? username : token.getToken().getSubject();
        }
        return "system";
    }
}
