package gr.kentra.cases.beneficiary.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import gr.kentra.cases.beneficiary.ProcessingBasis;

/**
 * A beneficiary as the API shows it. {@code possibleDuplicates} appears only in the answer to a registration:
 * people already registered with the same date of birth and a similar name.
 */
public record BeneficiaryView(UUID id, String firstName, String lastName, String latinFirstName, String latinLastName,
        LocalDate dateOfBirth, Gender gender, String amka, String afm, BeneficiaryStatus status, String citizenship,
        String idDocumentNumber, String phone, String email, String address, Consent consent,
        ProcessingBasis processingBasis, Instant registeredAt, String registeredBy, Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Link> possibleDuplicates) {

    public static BeneficiaryView of(Beneficiary b) {
        return of(b, null);
    }

    static BeneficiaryView of(Beneficiary b, List<Link> possibleDuplicates) {
        if (b.status() == BeneficiaryStatus.ERASED) {
            return erased(b);
        }
        return new BeneficiaryView(b.id(), b.firstName(), b.lastName(), b.latinFirstName(), b.latinLastName(),
                b.dateOfBirth(), b.gender(), b.amka(), b.afm(), b.status(), b.citizenship(), b.idDocumentNumber(),
                b.phone(), b.email(), b.address(), b.consent(), b.processingBasis(), b.registeredAt(), b.registeredBy(), b.version(),
                possibleDuplicates);
    }

    /** What is left of an erased person (GDPR Art. 17): that the record existed, and nothing about who it was. */
    private static BeneficiaryView erased(Beneficiary b) {
        return new BeneficiaryView(b.id(), null, null, null, null, null, null, null, null, b.status(), null, null,
                null, null, null, null, null, b.registeredAt(), b.registeredBy(), b.version(), null);
    }

    /** Another record, by id and API path. */
    public record Link(UUID id, String href) {
        static Link to(UUID id) {
            return new Link(id, "/api/beneficiaries/" + id);
        }
    }
}
