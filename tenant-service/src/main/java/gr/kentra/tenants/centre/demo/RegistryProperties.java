package gr.kentra.tenants.centre.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code generateUpTo}: fill the registry with generated centres up to this total (0 = only real ones). */
@Validated
@ConfigurationProperties("kentra.registry")
record RegistryProperties(@Min(0) @Max(5000) int generateUpTo) {
}
