package gr.kentra.commons.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who may call a service's {@code /internal/**} endpoints: a client-credentials token of one of the platform's own
 * clients, named by {@code azp} in an allow-list per endpoint group, carrying the realm role
 * {@link KentraRole#SERVICE} that no person holds. A person's token is refused whatever its roles (a platform
 * administrator's included), and so is a service account's token of a client not on the list.
 */
public final class ServiceCallers {

    /** The client a Keycloak access token was issued to. */
    public static final String AUTHORIZED_PARTY = "azp";

    private ServiceCallers() {
    }

    /** For {@code requestMatchers(...).access(ServiceCallers.only("kentra-tenant-service"))}. */
    public static <T> AuthorizationManager<T> only(String... clientIds) {
        Set<String> allowed = Set.of(clientIds);
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, T object) {
                Authentication caller = authentication.get();
                return new AuthorizationDecision(caller != null && caller.isAuthenticated()
                        && caller.getPrincipal() instanceof Jwt jwt && isService(jwt, allowed));
            }
        };
    }

    /** True for a token of one of {@code clientIds} that carries the service role. */
    public static boolean isService(Jwt jwt, Set<String> clientIds) {
        return KentraClaims.realmRoles(jwt).contains(KentraRole.SERVICE.realmRole())
                && jwt.getClaims().get(AUTHORIZED_PARTY) instanceof String client && clientIds.contains(client);
    }
}
