package gr.kentra.cases.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the registration's transaction, for the indicator facts: the new person's id and day of
 * registration, and the values of the record a fact's person is made of, exactly as the registration wrote them
 * (the AMKA only for the pseudonym; gender as coded, date of birth, citizenship), so that the fact is written
 * without reading back the row the same transaction has just inserted. Its text names the id only: a person's
 * data never reach a log line through it.
 */
public record BeneficiaryRegistered(UUID beneficiaryId, LocalDate registeredOn, String amka, String gender,
        LocalDate dateOfBirth, String citizenship) {

    @Override
    public String toString() {
        return "BeneficiaryRegistered[beneficiaryId=" + beneficiaryId + ", registeredOn=" + registeredOn + "]";
    }
}
