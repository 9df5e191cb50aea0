package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Social investigations (household composition, electricity supply, homelessness…) and their reports. */
@RestController
@RequestMapping("/api/investigations")
class InvestigationController {

    private static final String EXAMPLE = """
            {"id":"4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "requestId":null,"kind":"HOUSEHOLD_COMPOSITION","requestedBy":"Ειρηνοδικείο Αθηνών",
             "requestedOn":"2026-03-02","homeVisitOn":"2026-03-09",
             "findings":"Η οικογένεια ζει σε διαμέρισμα 55 τ.μ. με τρία ανήλικα τέκνα.",
             "conclusion":"Η δηλωθείσα σύνθεση του νοικοκυριού επιβεβαιώνεται.","status":"COMPLETED","next":[],
             "closedOn":"2026-03-10","cancelReason":null,
             "report":"/api/investigations/4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f/report","createdBy":"maria",
             "createdAt":"2026-03-02T09:00:00Z","version":2}""";
    private static final String ILLEGAL_EXAMPLE = """
            {"type":"about:blank","title":"Not possible in this status","status":409,
             "detail":"A record in status CANCELLED is closed and cannot go to COMPLETED.",
             "currentStatus":"CANCELLED","allowed":[]}""";
    private static final String NO_REPORT_EXAMPLE = """
            {"type":"about:blank","title":"No report yet","status":409,
             "detail":"Only a completed investigation has a report.","currentStatus":"OPEN"}""";

    private final InvestigationService service;

    InvestigationController(InvestigationService service) {
        this.service = service;
    }

    @Operation(summary = "The centre's social investigations, newest requested first; filters combine "
            + "(requested date range inclusive)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<InvestigationView> list(@RequestParam(required = false) InvestigationStatus status,
            @RequestParam(required = false) InvestigationKind kind,
            @RequestParam(required = false) UUID beneficiary, @RequestParam(required = false) UUID request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.list(new InvestigationFilter(status, kind, beneficiary, request, from, to), page, size);
    }

    @Operation(summary = "Open a social investigation (status OPEN), optionally answering one of the person's requests")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<InvestigationView> open(@Valid @RequestBody NewInvestigation request) {
        InvestigationView created = service.open(request);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One social investigation (audited as a read)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    InvestigationView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Write findings and conclusion or correct an OPEN investigation; send the version you "
            + "read (409 with currentVersion if stale, 409 once closed)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{id}")
    InvestigationView update(@PathVariable UUID id, @Valid @RequestBody InvestigationChange change) {
        return RecordProblems.unlessStale(() -> service.update(id, change), () -> service.versionOf(id));
    }

    @Operation(summary = "OPEN → COMPLETED (needs findings and conclusion) | CANCELLED (needs a reason)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(ILLEGAL_EXAMPLE)))
    @PostMapping("/{id}/transitions")
    InvestigationView transition(@PathVariable UUID id, @Valid @RequestBody InvestigationTransition transition) {
        return RecordProblems.unlessStale(() -> service.transition(id, transition), () -> service.versionOf(id));
    }

    @Operation(summary = "The report of a COMPLETED investigation: a printable HTML page with Greek headings "
            + "(audited as a read); 409 before completion")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_HTML_VALUE))
    @ApiResponse(responseCode = "409", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            examples = @ExampleObject(NO_REPORT_EXAMPLE)))
    @GetMapping(value = "/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> report(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                // A document, not an application: no script, no external resources, even if escaping failed.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(service.report(id));
    }
}
