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

    record DayRequest(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes,
            LocalTime walkInFrom, LocalTime walkInTo) {
    }
}
