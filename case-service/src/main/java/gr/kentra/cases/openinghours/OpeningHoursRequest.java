package gr.kentra.cases.openinghours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import gr.kentra.cases.system.Bounds;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The whole week replaces the old one; a day left out is closed. Send the version you read. */
@Schema(example = """
        {"days":[{"day":"MONDAY","opens":"08:00","closes":"16:00","walkInFrom":"09:00","walkInTo":"13:00"},
                 {"day":"TUESDAY","opens":"08:00","closes":"16:00"}],"version":0}""")
record OpeningHoursRequest(@NotNull @Size(max = 7, groups = Bounds.class) List<@NotNull @Valid DayRequest> days, @NotNull Long version) {

    // Times are strings in the API documents ("08:00"); the examples say so to a client that builds its body from them.
    record DayRequest(@NotNull DayOfWeek day, @Schema(example = "08:00") @NotNull LocalTime opens,
            @Schema(example = "16:00") @NotNull LocalTime closes, @Schema(example = "09:00") LocalTime walkInFrom,
            @Schema(example = "13:00") LocalTime walkInTo) {
    }
}
