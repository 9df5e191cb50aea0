package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A counselling session was recorded, for the anonymised indicators (sessions per type and unique people
 * counselled). Published inside the transaction that records the session, so it exists only if the session does.
 */
public record SessionHeld(UUID sessionId, SessionType type, List<UUID> participantIds, LocalDate date) {

    public SessionHeld {
        participantIds = List.copyOf(participantIds);
    }
}
