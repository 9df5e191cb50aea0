package gr.kentra.cases.homeless;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the transaction that enters a person in the homeless register, for the anonymised indicators. */
public record HomelessRegistered(UUID entryId, UUID beneficiaryId, HomelessSituation situation,
        LocalDate registeredOn) {
}
