package gr.kentra.cases.communityevent;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the transaction that records an event the centre held, for the indicators (no personal data). */
public record EventHeld(UUID eventId, Audience audience, int participants, LocalDate date) {
}
