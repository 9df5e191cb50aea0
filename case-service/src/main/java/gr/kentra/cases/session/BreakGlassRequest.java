package gr.kentra.cases.session;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a coordinator opens someone else's notes; the reason is kept in the audit trail. */
@Schema(example = """
        {"reason":"Εισαγγελική παραγγελία 123/2026 για άμεση εκτίμηση κινδύνου του ανηλίκου."}""")
record BreakGlassRequest(@NotBlank @Size(min = 20, max = 500) String reason) {
}
