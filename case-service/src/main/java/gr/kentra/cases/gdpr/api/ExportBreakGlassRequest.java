package gr.kentra.cases.gdpr.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a coordinator opens counselling notes for an export; kept in the audit trail of every session opened. */
@Schema(example = """
        {"reason":"Αίτημα πρόσβασης του υποκειμένου (άρθρο 15 ΓΚΠΔ) και στις σημειώσεις των συνεδριών του."}""")
record ExportBreakGlassRequest(@NotBlank @Size(min = 20, max = 500) String reason) {
}
