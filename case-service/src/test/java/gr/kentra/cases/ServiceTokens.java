package gr.kentra.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;

import gr.kentra.commons.security.RealmRoleAuthorities;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Client-credentials tokens of the platform's services, as Keycloak issues them to their service accounts. */
public final class ServiceTokens {

    private ServiceTokens() {
    }

    /** tenant-service's own token: the only caller of case-service's {@code /internal/**}. */
    public static RequestPostProcessor tenantService() {
        return serviceAccountOf("kentra-tenant-service");
    }

    public static RequestPostProcessor serviceAccountOf(String clientId) {
        return jwt().jwt(jwt -> jwt.subject("service-account-" + clientId)
                        .claim("preferred_username", "service-account-" + clientId)
                        .claim("azp", clientId)
                        .claim("realm_access", Map.of("roles", List.of("kentra-service"))))
                .authorities(new RealmRoleAuthorities());
    }
}
