package gr.kentra.cases.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

/** Published inside the registration's transaction, for the indicator facts. */
public record BeneficiaryRegistered(UUID beneficiaryId, LocalDate registeredOn) {
}
