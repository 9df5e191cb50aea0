package gr.kentra.cases.session;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counselling sessions (individual, group, family) of the request's centre. */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private static final String OWN_EXAMPLE = """
            {"id":"2e9c7a10-5b4d-4f3e-9a1b-8c7d6e5f4a30","type":"INDIVIDUAL","date":"2026-03-02",
             "durationMinutes":50,"participants":["7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50"],
             "topic":"ANXIETY_DEPRESSION","author":"eleni.psy",
             "notes":"Δεύτερη συνάντηση· συμφωνήσαμε εβδομαδιαίο πρόγραμμα.","notesRestricted":false,
             "recordedAt":"2026-03-02T11:05:00Z","version":0}""";
    private static final String RESTRICTED_EXAMPLE = """
            {"id":"2e9c7a10-5b4d-4f3e-9a1b-8c7d6e5f4a30","type":"INDIVIDUAL","date":"2026-03-02",
             "durationMinutes":50,"participants":["7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50"],
             "topic":"ANXIETY_DEPRESSION","author":"eleni.psy","notesRestricted":true,
             "recordedAt":"2026-03-02T11:05:00Z","version":0}""";
    private static final String NOT_AUTHOR_EXAMPLE = """
            {"type":"about:blank","title":"Not your session","status":403,
             "detail":"Only the author of a session may change it or read its notes."}""";

    private final SessionService service;

    SessionController(SessionService service) {
        this.service = service;
    }

    @Operation(summary = "Sessions, newest first, filtered by participant, type, days (inclusive) or author; "
            + "notes only in the caller's own sessions")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + RESTRICTED_EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<SessionView> search(
            @Parameter(example = "7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50") @RequestParam(required = false)
            UUID beneficiary,
            @Parameter(example = "GROUP") @RequestParam(required = false) SessionType type,
            @Parameter(description = "one day; same as from=to", example = "2026-03-02")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(example = "2026-03-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "2026-03-31") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(example = "eleni.psy") @RequestParam(required = false) String author,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var filter = new SessionFilter(beneficiary, type, date != null ? date : from, date != null ? date : to,
                author);
        return service.search(filter, page, size);
    }

    @Operation(summary = "Record a session; the author is the caller. Individual: one participant; "
            + "group and family: several")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(OWN_EXAMPLE)))
    @PostMapping
    ResponseEntity<SessionView> record(@Valid @RequestBody SessionRequest request) {
        SessionView created = service.record(request);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One session (audited as a read of every participant's record); notes for the author only")
    @ApiResponse(responseCode = "200", content = @Content(examples = {
            @ExampleObject(name = "author", value = OWN_EXAMPLE),
            @ExampleObject(name = "anyone else", value = RESTRICTED_EXAMPLE)}))
    @GetMapping("/{id}")
    SessionView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Edit a session (its author only); send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(OWN_EXAMPLE)))
    @ApiResponse(responseCode = "403", content = @Content(examples = @ExampleObject(NOT_AUTHOR_EXAMPLE)))
    @PutMapping("/{id}")
    SessionView update(@PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
        // Another edit committed between our read and our write.
        return RecordProblems.unlessStale(() -> service.update(id, request), () -> service.versionOf(id));
    }

    @Operation(summary = "Break-glass: a coordinator opens the notes, giving a reason (at least 20 characters) "
            + "that is kept in each participant's audit trail")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"sessionId":"2e9c7a10-5b4d-4f3e-9a1b-8c7d6e5f4a30","author":"eleni.psy",
             "notes":"Δεύτερη συνάντηση· συμφωνήσαμε εβδομαδιαίο πρόγραμμα."}""")))
    @PostMapping("/{id}/notes/break-glass")
    SessionView.Notes breakGlass(@PathVariable UUID id, @Valid @RequestBody BreakGlassRequest request) {
        return service.breakGlass(id, request.reason());
    }
}
