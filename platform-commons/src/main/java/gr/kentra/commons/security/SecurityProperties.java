package gr.kentra.commons.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where tokens come from and how much clock difference we tolerate when checking their expiry. */
@Validated
@ConfigurationProperties("kentra.security")
public record SecurityProperties(@NotBlank String issuerUri, @NotBlank String jwkSetUri, @NotNull Duration clockSkew) {
}
