package gr.kentra.cases.request;

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

/** Requests people bring to the centre, from reception to outcome. */
@RestController
@RequestMapping("/api/requests")
class RequestController {

    private static final String EXAMPLE = """
            {"id":"0d9e8f7a-6b5c-4d3e-9f21-0a1b2c3d4e5f","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "type":"HOUSING_ALLOWANCE","channel":"WALK_IN","receivedOn":"2026-03-02",
             "description":"Αίτηση για επίδομα στέγασης μετά από έξωση.","assignee":"maria","status":"RECEIVED",
             "next":["IN_PROGRESS"],"outcome":null,"closedOn":null,"registeredBy":"eleni",
             "registeredAt":"2026-03-02T08:40:00Z","version":0}""";
    private static final String ILLEGAL_EXAMPLE = """
            {"type":"about:blank","title":"Not possible in this status","status":409,
             "detail":"A record in status RECEIVED cannot go to COMPLETED; it may go to: IN_PROGRESS.",
             "currentStatus":"RECEIVED","allowed":["IN_PROGRESS"]}""";

    private final RequestService service;

    RequestController(RequestService service) {
        this.service = service;
    }

    @Operation(summary = "The centre's requests, newest received first; filters combine (received date range inclusive)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<RequestView> list(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String type, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) UUID beneficiary,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.list(new RequestFilter(status, type, assignee, beneficiary, from, to), page, size);
    }

    @Operation(summary = "Register a request (status RECEIVED); 409 for an erased or deceased person")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<RequestView> register(@Valid @RequestBody NewRequest request) {
        RequestView created = service.register(request);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One request (audited as a read)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    RequestView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Correct or reassign a request; send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{id}")
    RequestView update(@PathVariable UUID id, @Valid @RequestBody RequestChange change) {
        return RecordProblems.unlessStale(() -> service.update(id, change), () -> service.versionOf(id));
    }

    @Operation(summary = "Move a request on: RECEIVED → IN_PROGRESS → COMPLETED | REFERRED | REJECTED; closing needs an outcome")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(ILLEGAL_EXAMPLE)))
    @PostMapping("/{id}/transitions")
    RequestView transition(@PathVariable UUID id, @Valid @RequestBody RequestTransition transition) {
        return RecordProblems.unlessStale(() -> service.transition(id, transition), () -> service.versionOf(id));
    }
}
