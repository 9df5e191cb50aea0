package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The card's form for an individual session with the person: the API's {@link SessionRequest} without the list. */
record SessionForm(
        @NotNull @CaseworkDate LocalDate date,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotNull TopicCategory topic,
        @Size(max = 20000) String notes) {

    SessionRequest request(UUID person) {
        return new SessionRequest(SessionType.INDIVIDUAL, date, durationMinutes, List.of(person), topic, notes, null);
    }
}
