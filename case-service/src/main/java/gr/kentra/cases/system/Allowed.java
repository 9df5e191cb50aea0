package gr.kentra.cases.system;

import java.util.Arrays;

import gr.kentra.cases.system.security.Permissions;
import gr.kentra.commons.security.KentraRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The permission table for the pages: what the current person's roles allow, so that a page offers only what
 * she may do ({@code ${@allowed.to('REQUEST_REGISTER')}} in a template) and its controller refuses the rest the
 * way the API's request matchers do. Permissions are named as in {@link Permissions.Permission}.
 */
@Component("allowed")
public class Allowed {

    public boolean to(String permission) {
        Permissions.Permission wanted = Permissions.Permission.valueOf(permission);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Arrays.stream(KentraRole.values())
                        .anyMatch(role -> role.authority().equals(authority) && Permissions.may(role, wanted)));
    }

    /** Refuses (403) unless the person holds the permission. */
    public void require(String permission) {
        if (!to(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
