package gr.kentra.commons.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.validation.annotation.Validated;

/**
 * Where tokens come from and how much clock difference we tolerate when checking their expiry. Shared by the
 * servlet services ({@link ServletSecurityAutoConfiguration}) and the reactive gateway, which binds it itself.
 */
@Validated
@ConfigurationProperties("kentra.security")
public record SecurityProperties(@NotBlank String issuerUri, @NotBlank String jwkSetUri, @NotNull Duration clockSkew) {

    /** The checks every decoder makes: expiry with the configured skew, and the issuer always. */
    public OAuth2TokenValidator<Jwt> tokenValidator() {
        return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew), new JwtIssuerValidator(issuerUri));
    }
}
