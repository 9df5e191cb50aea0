package gr.kentra.cases.investigation;

import java.time.LocalDate;

import gr.kentra.cases.system.CaseworkDate;
import gr.kentra.cases.system.FollowUpDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PUT, while the investigation is OPEN: what may be corrected or written, with the version read.
 * The person and the originating request never change; the status changes only through a transition.
 */
@Schema(example = """
        {"kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών","requestedOn":"2026-03-02",
         "homeVisitOn":"2026-03-09","findings":"Η οικογένεια ζει σε διαμέρισμα 55 τ.μ. με τρία ανήλικα τέκνα.",
         "conclusion":"Η δηλωθείσα σύνθεση του νοικοκυριού επιβεβαιώνεται.","version":0}""")
record InvestigationChange(
        @NotNull InvestigationKind kind,
        @NotBlank @Size(max = 500) String requestedBy,
        @NotNull @CaseworkDate LocalDate requestedOn,
        @FollowUpDate LocalDate homeVisitOn,
        @Size(max = 20000) String findings,
        @Size(max = 4000) String conclusion,
        @NotNull Long version) {
}
