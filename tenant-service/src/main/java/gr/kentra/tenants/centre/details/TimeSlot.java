package gr.kentra.tenants.centre.details;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;

/** One weekly slot of a centre's opening or walk-in hours, e.g. Monday 08:00-16:00; {@code from} before {@code to}. */
@Embeddable
public record TimeSlot(
        @Schema(example = "MONDAY") @NotNull @Enumerated(EnumType.STRING) DayOfWeek day,
        @Schema(type = "string", example = "08:00") @NotNull @JsonFormat(pattern = "HH:mm") @Column(name = "opens_at") LocalTime from,
        @Schema(type = "string", example = "16:00") @NotNull @JsonFormat(pattern = "HH:mm") @Column(name = "closes_at") LocalTime to) {

    boolean within(TimeSlot other) {
        return day == other.day && !from.isBefore(other.from) && !to.isAfter(other.to);
    }

    boolean overlaps(TimeSlot other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
