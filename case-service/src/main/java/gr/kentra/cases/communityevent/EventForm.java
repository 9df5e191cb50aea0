package gr.kentra.cases.communityevent;

import java.time.LocalDate;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of POST and PUT (PUT needs the version read). An event is recorded once held, so its date is not in
 * the future; {@code participants} is a head count, never a list of people.
 */
@Schema(example = """
        {"title":"Ενημέρωση για το Ελάχιστο Εγγυημένο Εισόδημα","date":"2026-03-05","kind":"INFORMATION_DAY",
         "audience":"UNEMPLOYED","participants":34,"partners":"ΔΥΠΑ Μοσχάτου","notes":null,"version":0}""")
record EventForm(
        @NotBlank @Size(max = 300) String title,
        @NotNull @CaseworkDate LocalDate date,
        @NotNull EventKind kind,
        @NotNull Audience audience,
        @NotNull @PositiveOrZero @Max(100_000) Integer participants,
        @Size(max = 1000) String partners,
        @Size(max = 4000) String notes,
        Long version) {
}
