package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST and PUT; the author is the caller (from the token), never a field. PUT needs the version. */
@Schema(example = """
        {"type":"INDIVIDUAL","date":"2026-03-02","durationMinutes":50,
         "participants":["7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50"],"topic":"ANXIETY_DEPRESSION",
         "notes":"Δεύτερη συνάντηση· συμφωνήσαμε εβδομαδιαίο πρόγραμμα.","version":0}""")
record SessionRequest(
        @NotNull SessionType type,
        @NotNull @CaseworkDate LocalDate date,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotEmpty @Size(max = 40) List<@NotNull UUID> participants,
        @NotNull TopicCategory topic,
        @Size(max = 20000) String notes,
        Long version) {
}
