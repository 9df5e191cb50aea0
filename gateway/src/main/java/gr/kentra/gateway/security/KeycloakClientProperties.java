package gr.kentra.gateway.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's confidential client for browser login. The provider's endpoints are derived from the
 * issuer instead of discovered, so the gateway starts even while Keycloak is still booting.
 */
@Validated
@ConfigurationProperties("kentra.keycloak")
public record KeycloakClientProperties(@NotBlank String issuerUri, @NotBlank String clientId, @NotBlank String clientSecret) {

    /** Scheme, host and port of Keycloak: where the login and logout forms post and redirect to. */
    public String origin() {
        java.net.URI issuer = java.net.URI.create(issuerUri);
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    /** Where the gateway's client credentials are exchanged for its own service token. */
    public String tokenUri() {
        return endpoint("token");
    }

    String endpoint(String name) {
        return issuerUri + "/protocol/openid-connect/" + name;
    }
}
