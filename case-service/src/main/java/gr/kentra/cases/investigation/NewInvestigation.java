package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import gr.kentra.cases.system.FollowUpDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of POST: a new investigation starts OPEN. {@code requestId} (optional) is the person's request it
 * answers; {@code requestedOn} defaults to today; findings and conclusion may be written now or later.
 */
@Schema(example = """
        {"beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","requestId":null,"kind":"HOUSEHOLD_COMPOSITION",
         "requestedBy":"Ειρηνοδικείο Αθηνών","requestedOn":"2026-03-02","homeVisitOn":"2026-03-09",
         "findings":null,"conclusion":null}""")
record NewInvestigation(
        @NotNull UUID beneficiaryId,
        UUID requestId,
        @NotNull InvestigationKind kind,
        @NotBlank @Size(max = 500) String requestedBy,
        @CaseworkDate LocalDate requestedOn,
        @FollowUpDate LocalDate homeVisitOn,
        @Size(max = 20000) String findings,
        @Size(max = 4000) String conclusion) {
}
