package gr.kentra.cases.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A session as the caller may see it: {@code notes} only for its author; everyone else gets
 * {@code notesRestricted: true} and no {@code notes} property at all.
 */
record SessionView(UUID id, SessionType type, LocalDate date, int durationMinutes, List<UUID> participants,
        TopicCategory topic, String author, @JsonInclude(JsonInclude.Include.NON_NULL) String notes,
        boolean notesRestricted, Instant recordedAt, Long version) {

    /** What break-glass returns: the notes and whose they are. */
    record Notes(UUID sessionId, String author, String notes) {
    }
}
