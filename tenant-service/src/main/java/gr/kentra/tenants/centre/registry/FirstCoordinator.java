package gr.kentra.tenants.centre.registry;

import org.springframework.modulith.NamedInterface;

/**
 * The first coordinator account of a new centre. The temporary password is shown once, in the onboarding
 * answer, and never stored or logged; Keycloak asks for a new one at the first login.
 */
@NamedInterface("registry")
public record FirstCoordinator(String username, String temporaryPassword) {

    @Override
    public String toString() {
        return "FirstCoordinator[username=" + username + ", temporaryPassword=***]";
    }
}
