package gr.kentra.cases.homeless;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PUT, with the version read. {@code statusOn} is the day the status took effect (default today
 * when the status changes); the person never changes.
 */
@Schema(example = """
        {"situation":"HOUSELESS","registeredOn":"2026-03-02","whereabouts":"Ξενώνας φιλοξενίας αστέγων",
         "shelterPartnerId":"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b","status":"HOUSED","statusOn":"2026-05-10",
         "version":0}""")
record EntryChange(
        @NotNull HomelessSituation situation,
        @NotNull @CaseworkDate LocalDate registeredOn,
        @NotBlank @Size(max = 1000) String whereabouts,
        UUID shelterPartnerId,
        @NotNull HomelessStatus status,
        @CaseworkDate LocalDate statusOn,
        @NotNull Long version) {
}
