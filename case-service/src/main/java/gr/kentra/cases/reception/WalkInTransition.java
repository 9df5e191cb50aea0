package gr.kentra.cases.reception;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of POST /api/walk-ins/{id}/transitions: SEEN or LEFT, and the version read. */
@Schema(example = """
        {"to":"SEEN","version":0}""")
record WalkInTransition(@NotNull WalkInStatus to, @NotNull Long version) {
}
