package gr.kentra.tenants.provisioning;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Keycloak's admin REST API for onboarding. {@code adminUrl} is the realm's admin base
 * ({@code http://host:8180/admin/realms/kentra}); when absent it is derived from the token URI of the
 * client registration, which the launcher already passes, so there is one Keycloak address to configure.
 */
@Validated
@ConfigurationProperties("kentra.keycloak")
record KeycloakAdminProperties(URI adminUrl, String coordinatorRole, String domainSuffix, Duration timeout) {

    private static final Pattern TOKEN_URI = Pattern.compile("^(.*)/realms/([^/]+)/protocol/openid-connect/token/?$");

    KeycloakAdminProperties {
        coordinatorRole = coordinatorRole == null || coordinatorRole.isBlank() ? "coordinator" : coordinatorRole;
        domainSuffix = domainSuffix == null || domainSuffix.isBlank() ? "kentra.local" : domainSuffix;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** The admin base URL: the configured one, or the one of the realm that issues our tokens. */
    URI adminUrlOr(String tokenUri) {
        if (adminUrl != null) {
            return adminUrl;
        }
        Matcher matcher = TOKEN_URI.matcher(tokenUri == null ? "" : tokenUri);
        if (!matcher.matches()) {
            throw new IllegalStateException("Set kentra.keycloak.admin-url: cannot derive it from " + tokenUri);
        }
        return URI.create(matcher.group(1) + "/admin/realms/" + matcher.group(2));
    }
}
