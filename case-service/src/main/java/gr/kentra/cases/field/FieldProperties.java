package gr.kentra.cases.field;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the field work: a visit list larger than {@code maxCheckoutBytes} (its JSON) is refused (a phone on a
 * mountain road keeps a route, not the centre), at most {@code maxPlaces} places per route and
 * {@code maxOperations} operations per synchronisation.
 */
@Validated
@ConfigurationProperties("kentra.field")
public record FieldProperties(@Min(1024) @DefaultValue("5000000") long maxCheckoutBytes,
        @Min(1) @DefaultValue("30") int maxPlaces,
        @Min(1) @DefaultValue("500") int maxOperations) {
}
