package gr.kentra.cases.homeless;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of POST: a new entry starts ACTIVE. {@code whereabouts} is where the person sleeps or can be
 * reached; {@code shelterPartnerId} (optional) the shelter of the partner directory they were referred to.
 */
@Schema(example = """
        {"beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","situation":"ROOFLESS","registeredOn":"2026-03-02",
         "whereabouts":"Πλατεία Δημαρχείου· βρίσκεται τα πρωινά στο κοινωνικό παντοπωλείο.",
         "shelterPartnerId":null}""")
record NewEntry(
        @NotNull UUID beneficiaryId,
        @NotNull HomelessSituation situation,
        @NotNull @CaseworkDate LocalDate registeredOn,
        @NotBlank @Size(max = 1000) String whereabouts,
        UUID shelterPartnerId) {
}
