package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import gr.kentra.cases.system.FollowUpDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of POST. {@code requestId} (optional) is the person's open request the referral answers: it then goes
 * to REFERRED. {@code sentOn} defaults to today. {@code directoryServiceId} (optional) is the service of the
 * directory referred to: one of the centre's own entries stands for the partner too ({@code partnerId} may then be
 * left out); a regional one still needs the partner that follows the referral up.
 */
@Schema(example = """
        {"beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","requestId":"0d9e8f7a-6b5c-4d3e-9f21-0a1b2c3d4e5f",
         "partnerId":"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b","reason":"Τρόφιμα για οικογένεια τεσσάρων μελών.",
         "sentOn":"2026-03-02","followUpOn":"2026-03-16"}""")
record NewReferral(
        @NotNull UUID beneficiaryId,
        UUID requestId,
        UUID partnerId,
        @NotBlank @Size(max = 4000) String reason,
        @CaseworkDate LocalDate sentOn,
        @FollowUpDate LocalDate followUpOn,
        UUID directoryServiceId) {
}
