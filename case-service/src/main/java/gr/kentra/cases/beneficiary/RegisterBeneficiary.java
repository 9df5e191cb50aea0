package gr.kentra.cases.beneficiary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/beneficiaries}. Latin names are generated (ELOT 743) when absent. */
record RegisterBeneficiary(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String latinFirstName,
        @Size(max = 100) String latinLastName,
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Amka String amka,
        @Afm String afm) {
}
