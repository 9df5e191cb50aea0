package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.Bounds;
import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Distributions of basic goods (ΤΕΒΑ/FEAD, municipal, donations) and their totals. */
@RestController
@RequestMapping("/api/distributions")
class DistributionController {

    private static final String EXAMPLE = """
            {"id":"6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "date":"2026-03-02","programme":"TEBA_FEAD",
             "lines":[{"kind":"FOOD","description":"Όσπρια, ζυμαρικά, γάλα εβαπορέ","quantity":12,"unit":"KG"},
                      {"kind":"HYGIENE","description":"Απορρυπαντικό","quantity":2,"unit":"PIECES"}],
             "notes":null,"recordedBy":"eleni","recordedAt":"2026-03-02T10:15:00Z","version":0}""";
    private static final String SUMMARY_EXAMPLE = """
            {"from":"2026-03-01","to":"2026-03-31","programme":null,"distributions":42,"people":37,
             "totals":[{"kind":"FOOD","unit":"KG","quantity":504},{"kind":"HYGIENE","unit":"PIECES","quantity":84}]}""";

    private final DistributionService service;

    DistributionController(DistributionService service) {
        this.service = service;
    }

    @Operation(summary = "Distributions, newest first; filters combine (date range inclusive, kind = has a line of it)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<DistributionView> list(@RequestParam(required = false) UUID beneficiary,
            @RequestParam(required = false) Programme programme, @RequestParam(required = false) GoodsKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.list(new DistributionFilter(beneficiary, programme, kind, from, to), page, size);
    }

    @Operation(summary = "Totals of a period (days inclusive), optionally of one programme: number of distributions, "
            + "of people, and quantities by kind and unit")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(SUMMARY_EXAMPLE)))
    @GetMapping("/summary")
    DistributionView.Summary summary(
            @Parameter(example = "2026-03-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,
            @Parameter(example = "2026-03-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,
            @RequestParam(required = false) Programme programme) {
        return service.summary(from, to, programme);
    }

    @Operation(summary = "Record goods handed over to a person; 409 for an erased or deceased person")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<DistributionView> record(@Validated(Bounds.First.class) @RequestBody DistributionForm form) {
        DistributionView created = service.record(form);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One distribution (audited as a read)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    DistributionView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Correct a distribution (same person); send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{id}")
    DistributionView update(@PathVariable UUID id, @Validated(Bounds.First.class) @RequestBody DistributionForm form) {
        return RecordProblems.unlessStale(() -> service.update(id, form), () -> service.versionOf(id));
    }
}
