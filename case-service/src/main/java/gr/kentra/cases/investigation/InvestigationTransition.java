package gr.kentra.cases.investigation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST …/transitions: COMPLETED (needs findings and conclusion) or CANCELLED (needs a reason). */
@Schema(example = """
        {"to":"CANCELLED","reason":"Το αίτημα ανακλήθηκε από την υπηρεσία.","version":2}""")
record InvestigationTransition(
        @NotNull InvestigationStatus to,
        @Size(max = 1000) String reason,
        @NotNull Long version) {
}
