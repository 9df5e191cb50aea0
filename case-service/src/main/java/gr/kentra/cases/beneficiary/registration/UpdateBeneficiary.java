package gr.kentra.cases.beneficiary.registration;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gr.kentra.cases.beneficiary.ProcessingBasis;
import gr.kentra.cases.beneficiary.identifiers.Afm;
import gr.kentra.cases.beneficiary.identifiers.Amka;
import gr.kentra.cases.beneficiary.identifiers.CountryCode;
import gr.kentra.cases.system.BirthDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/beneficiaries/{id}}: the whole record as the client last read it, with the
 * {@code version} it read, as it was read (the read-only properties are ignored). A stale version is a 409 carrying {@code currentVersion}.
 */
@Schema(example = """
        {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1980-05-01","gender":"FEMALE",
         "status":"ACTIVE","phone":"+30 6912345678","citizenship":"GR",
         "consent":{"given":true,"date":"2026-03-02","legalBasis":"CONSENT"},
         "processingBasis":"PUBLIC_TASK_SOCIAL_CARE","version":0}""")
// What the API shows but never takes from a client: a record read is written back as it was read.
@JsonIgnoreProperties({"id", "registeredAt", "registeredBy", "possibleDuplicates"})
public record UpdateBeneficiary(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String latinFirstName,
        @Size(max = 100) String latinLastName,
        @NotNull @BirthDate LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Amka String amka,
        @Afm String afm,
        @CountryCode String citizenship,
        @Size(max = 30) String idDocumentNumber,
        @Pattern(regexp = RegisterBeneficiary.PHONE) String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 300) String address,
        @Valid Consent consent,
        ProcessingBasis processingBasis,
        @NotNull BeneficiaryStatus status,
        @NotNull Long version) implements BeneficiaryDetails {
}
