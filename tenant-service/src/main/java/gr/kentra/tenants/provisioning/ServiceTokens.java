package gr.kentra.tenants.provisioning;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;

/**
 * Client-credentials tokens of {@code kentra-tenant-service} on outgoing calls: always as this service, never
 * as the administrator who clicked, so a request and a reconciler retry act with the same rights.
 */
final class ServiceTokens {

    /** The one client registration; its service account may provision schemas and manage organizations. */
    static final String REGISTRATION = "case-service";
    private static final Authentication SERVICE = new AnonymousAuthenticationToken("tenant-service",
            "tenant-service", AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

    private ServiceTokens() {
    }

    static OAuth2ClientHttpRequestInterceptor interceptor(OAuth2AuthorizedClientManager clients) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        tokens.setPrincipalResolver(request -> SERVICE);
        return tokens;
    }
}
