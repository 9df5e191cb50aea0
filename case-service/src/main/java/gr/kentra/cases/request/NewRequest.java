package gr.kentra.cases.request;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST: a new request starts RECEIVED; who registered it comes from the token. */
@Schema(example = """
        {"beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","type":"HOUSING_ALLOWANCE","channel":"WALK_IN",
         "receivedOn":"2026-03-02","description":"Αίτηση για επίδομα στέγασης μετά από έξωση.","assignee":"maria"}""")
record NewRequest(
        @NotNull UUID beneficiaryId,
        @NotBlank @Size(max = 60) String type,
        @NotNull Channel channel,
        @NotNull @CaseworkDate LocalDate receivedOn,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 255) String assignee) {
}
