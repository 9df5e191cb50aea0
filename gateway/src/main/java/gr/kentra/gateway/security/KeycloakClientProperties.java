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
record KeycloakClientProperties(@NotBlank String issuerUri, @NotBlank String clientId, @NotBlank String clientSecret) {

    String endpoint(String name) {
        return issuerUri + "/protocol/openid-connect/" + name;
    }
}
