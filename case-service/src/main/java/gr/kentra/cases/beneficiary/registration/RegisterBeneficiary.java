package gr.kentra.cases.beneficiary.registration;

import java.time.LocalDate;

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

/** The body of {@code POST /api/beneficiaries}. Latin names are generated (ELOT 743) when absent. */
@Schema(example = """
        {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1980-05-01","gender":"FEMALE",
         "amka":"01058012345","afm":"090000045","citizenship":"GR","idDocumentNumber":"ΑΒ 123456",
         "phone":"+30 6912345678","email":"eleni@example.gr","address":"Μακρυγιάννη 12, 18344 Μοσχάτο",
         "consent":{"given":true,"date":"2026-03-02","legalBasis":"CONSENT"},
         "processingBasis":"PUBLIC_TASK_SOCIAL_CARE"}""")
public record RegisterBeneficiary(
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
        @Pattern(regexp = PHONE) String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 300) String address,
        @Valid Consent consent,
        ProcessingBasis processingBasis) implements BeneficiaryDetails {

    static final String PHONE = "^\\+?[0-9 ()./-]{7,25}$";
}
