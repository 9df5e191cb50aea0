package gr.kentra.cases.request;

import java.time.LocalDate;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PUT: what may be corrected or reassigned, with the version read. Status and outcome change only
 * through a transition; the person a request is about never changes.
 */
@Schema(example = """
        {"type":"HOUSING_ALLOWANCE","channel":"PHONE","receivedOn":"2026-03-02",
         "description":"Αίτηση για επίδομα στέγασης μετά από έξωση.","assignee":"nikos","version":1}""")
record RequestChange(
        @NotBlank @Size(max = 60) String type,
        @NotNull Channel channel,
        @NotNull @CaseworkDate LocalDate receivedOn,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 255) String assignee,
        @NotNull Long version) {
}
