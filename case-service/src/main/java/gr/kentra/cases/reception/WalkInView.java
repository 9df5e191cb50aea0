package gr.kentra.cases.reception;

import java.time.Instant;
import java.util.UUID;

/** A walk-in as the API shows it. */
record WalkInView(UUID id, UUID beneficiaryId, String purpose, WalkInStatus status, Instant arrivedAt,
        String checkedInBy, Instant seenAt, String seenBy, Long version) {
}
