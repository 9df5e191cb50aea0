package gr.kentra.cases.beneficiary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A beneficiary as the API shows it. */
record BeneficiaryView(UUID id, String firstName, String lastName, String latinFirstName, String latinLastName,
        LocalDate dateOfBirth, Gender gender, String amka, String afm, Instant registeredAt, String registeredBy,
        Long version) {

    static BeneficiaryView of(Beneficiary b) {
        return new BeneficiaryView(b.id(), b.firstName(), b.lastName(), b.latinFirstName(), b.latinLastName(),
                b.dateOfBirth(), b.gender(), b.amka(), b.afm(), b.registeredAt(), b.registeredBy(), b.version());
    }

    /** One page of a search. */
    record Page(List<BeneficiaryView> items, int page, int size, long total) {
    }
}
