package gr.kentra.cases.request;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST …/transitions: the next status, the outcome (required to close) and the version read. */
@Schema(example = """
        {"to":"COMPLETED","outcome":"Η αίτηση υποβλήθηκε ηλεκτρονικά.","version":2}""")
record RequestTransition(
        @NotNull RequestStatus to,
        @Size(max = 4000) String outcome,
        @NotNull Long version) {
}
