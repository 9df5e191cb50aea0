package gr.kentra.cases.communityevent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A local event as the API shows it. */
record EventView(UUID id, String title, LocalDate date, EventKind kind, Audience audience, int participants,
        String partners, String notes, String recordedBy, Instant recordedAt, Long version) {
}
