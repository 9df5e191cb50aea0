package gr.kentra.cases.field.sync;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One operation of the field kit's log: its own id (a replay is harmless), the record it is about (the kit's id for
 * a registration), the version it was made on (edits), the fields it sets, when and by whom it was made.
 */
@Schema(example = """
        {"opId":"0b9e3f52-3c44-4c39-9d3e-2a4c6c1f7a10","kind":"EDIT_PERSON",
         "entityId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","baseVersion":2,
         "fields":{"phone":"+30 6912345678"},"madeAt":"2026-12-06T09:40:00Z","madeBy":"maria"}""")
public record Operation(
        @NotNull UUID opId,
        @NotNull OperationKind kind,
        @NotNull UUID entityId,
        Long baseVersion,
        @NotNull @Size(max = 40) Map<String, Object> fields,
        @Schema(example = "2026-12-06T09:40:00Z") @NotNull Instant madeAt,
        @Size(max = 255) String madeBy) {
}
