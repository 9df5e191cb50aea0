package gr.kentra.tenants.centre.details;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** An ESF operation funding the centre in one programme period, by its MIS (ΟΠΣ) code. */
@Embeddable
public record EsfOperation(
        @Schema(example = "2021-2027") @NotNull @Pattern(regexp = ProgrammePeriods.PATTERN) String programmePeriod,
        @Schema(example = "5001910") @NotNull @Pattern(regexp = "^\\d{7}$") String misCode) {
}
