package gr.kentra.cases.communityevent;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Local events the centre held: information days, workshops, cultural and awareness events. */
@RestController
@RequestMapping("/api/events")
class EventController {

    private static final String EXAMPLE = """
            {"id":"8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a","title":"Ενημέρωση για το Ελάχιστο Εγγυημένο Εισόδημα",
             "date":"2026-03-05","kind":"INFORMATION_DAY","audience":"UNEMPLOYED","participants":34,
             "partners":"ΔΥΠΑ Μοσχάτου","notes":null,"recordedBy":"nikos","recordedAt":"2026-03-05T14:00:00Z",
             "version":0}""";

    private final EventService service;

    EventController(EventService service) {
        this.service = service;
    }

    @Operation(summary = "The centre's events, newest first; filters combine (date range inclusive)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<EventView> list(@RequestParam(required = false) EventKind kind,
            @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.list(new EventFilter(kind, audience, from, to), page, size);
    }

    @Operation(summary = "Record an event the centre held (date today or earlier, participants a head count)")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<EventView> record(@Valid @RequestBody EventForm form) {
        EventView created = service.record(form);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One event")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    EventView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Correct an event; send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{id}")
    EventView update(@PathVariable UUID id, @Valid @RequestBody EventForm form) {
        return RecordProblems.unlessStale(() -> service.update(id, form), () -> service.versionOf(id));
    }
}
