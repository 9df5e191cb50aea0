package gr.kentra.gateway.edge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Response headers of the edge ({@code kentra.edge.*}).
 *
 * @param hsts                  send {@code Strict-Transport-Security}: turn on where TLS terminates at or in
 *                              front of the gateway (never on the local plain-http stack: browsers would then
 *                              refuse http://localhost for {@code hstsMaxAge})
 * @param hstsMaxAge            how long browsers keep to https
 * @param contentSecurityPolicy the policy for every answer whose service set none; blank for the default,
 *                              which allows this origin, inline styles (printable pages, htmx's indicator)
 *                              and Keycloak as a form target (login and logout)
 */
@ConfigurationProperties("kentra.edge")
record EdgeProperties(boolean hsts, Duration hstsMaxAge, String contentSecurityPolicy) {

    EdgeProperties {
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
    }

    String policy(String keycloakOrigin) {
        if (contentSecurityPolicy != null && !contentSecurityPolicy.isBlank()) {
            return contentSecurityPolicy;
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
    }
}
