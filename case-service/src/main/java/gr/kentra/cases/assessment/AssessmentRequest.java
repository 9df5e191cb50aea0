package gr.kentra.cases.assessment;

import java.time.LocalDate;
import java.util.List;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST: the assessor is the caller (from the token), never a field. */
@Schema(example = """
        {"needs":["FOOD","HOUSING"],"priority":"HIGH","date":"2026-03-02","notes":"Έξωση σε 30 ημέρες."}""")
record AssessmentRequest(
        @NotEmpty @Size(max = 16) List<@NotNull NeedCategory> needs,
        @NotNull Priority priority,
        @NotNull @CaseworkDate LocalDate date,
        @Size(max = 2000) String notes) {
}
