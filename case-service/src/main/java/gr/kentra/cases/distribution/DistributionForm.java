package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.Bounds;
import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of POST and PUT. PUT needs the version read, and the person of a distribution never changes: PUT
 * must repeat its {@code beneficiaryId}.
 */
@Schema(example = """
        {"beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","date":"2026-03-02","programme":"TEBA_FEAD",
         "lines":[{"kind":"FOOD","description":"Όσπρια, ζυμαρικά, γάλα εβαπορέ","quantity":12,"unit":"KG"},
                  {"kind":"HYGIENE","description":"Απορρυπαντικό","quantity":2,"unit":"PIECES"}],
         "notes":null,"version":0}""")
record DistributionForm(
        @NotNull UUID beneficiaryId,
        @NotNull @CaseworkDate LocalDate date,
        @NotNull Programme programme,
        @NotEmpty @Size(max = 50, groups = Bounds.class) List<@NotNull @Valid Line> lines,
        @Size(max = 2000) String notes,
        Long version) {

    /** A line of goods; quantities are whole units (a kilo, a piece, a package). */
    record Line(
            @NotNull GoodsKind kind,
            @Size(max = 200) String description,
            @NotNull @Positive @Max(10_000) Integer quantity,
            @NotNull GoodsUnit unit) {
    }
}
