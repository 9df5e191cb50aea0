package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The card's form for a session with the person: the API's {@link SessionRequest}, the person whose card it is
 * always a participant. A group or family session names the others ({@code participants}); no type is an
 * individual session. An edit sends the version it was read at.
 */
record SessionForm(
        SessionType type,
        @NotNull @CaseworkDate LocalDate date,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotNull TopicCategory topic,
        @Size(max = 20000) String notes,
        @Size(max = 39) List<UUID> participants,
        /** The version the edit form was read at (an edit only); a new session has none. */
        Long version) {

    SessionRequest request(UUID person) {
        LinkedHashSet<UUID> everyone = new LinkedHashSet<>();
        everyone.add(person);
        if (participants != null) {
            participants.stream().filter(java.util.Objects::nonNull).forEach(everyone::add);
        }
        return new SessionRequest(type == null ? SessionType.INDIVIDUAL : type, date, durationMinutes,
                List.copyOf(everyone), topic, notes, version);
    }
}
