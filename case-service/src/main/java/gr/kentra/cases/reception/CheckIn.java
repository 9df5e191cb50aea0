package gr.kentra.cases.reception;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/walk-ins: who arrived and, briefly, why (optional). */
@Schema(example = """
        {"beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","purpose":"Αίτηση για ΚΕΑ"}""")
record CheckIn(@NotNull UUID beneficiaryId, @Size(max = 500) String purpose) {
}
