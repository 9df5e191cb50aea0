package gr.kentra.cases.profile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the transaction that records a person's socio-economic profile for the first time: from
 * then on the person is an ESF participant whose profile at entry is counted.
 */
public record ProfileRecorded(UUID beneficiaryId, LocalDate recordedOn) {
}
