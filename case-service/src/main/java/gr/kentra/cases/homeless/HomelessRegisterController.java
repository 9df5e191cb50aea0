package gr.kentra.cases.homeless;

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
import org.springframework.dao.DataIntegrityViolationException;
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

/** The centre's homeless register: one ACTIVE entry per person, kept until housed, lost from view or deceased. */
@RestController
@RequestMapping("/api/homeless-register")
class HomelessRegisterController {

    private static final String EXAMPLE = """
            {"id":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "situation":"ROOFLESS","registeredOn":"2026-03-02",
             "whereabouts":"Πλατεία Δημαρχείου· βρίσκεται τα πρωινά στο κοινωνικό παντοπωλείο.",
             "shelterPartnerId":null,"status":"ACTIVE","statusOn":"2026-03-02","createdBy":"maria",
             "createdAt":"2026-03-02T09:00:00Z","version":0}""";
    private static final String ACTIVE_EXAMPLE = """
            {"type":"about:blank","title":"Already in the register","status":409,
             "detail":"This person already has an active entry in the homeless register.",
             "existingId":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
             "existing":"/api/homeless-register/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}""";

    private final HomelessService service;

    HomelessRegisterController(HomelessService service) {
        this.service = service;
    }

    @Operation(summary = "The register, newest registered first; filters combine (registered date range inclusive)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<EntryView> list(@RequestParam(required = false) HomelessStatus status,
            @RequestParam(required = false) HomelessSituation situation,
            @RequestParam(required = false) UUID beneficiary, @RequestParam(required = false) UUID shelter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.list(new EntryFilter(status, situation, beneficiary, shelter, from, to), page, size);
    }

    @Operation(summary = "Enter a person in the register (ACTIVE); 409 linking the existing entry if they already have an active one")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(ACTIVE_EXAMPLE)))
    @PostMapping
    ResponseEntity<EntryView> register(@Valid @RequestBody NewEntry request) {
        EntryView created;
        try {
            created = service.register(request);
        } catch (DataIntegrityViolationException e) {
            // Two registrations of one person raced past the check; the partial unique index decided.
            throw activeConflict(service.activeEntryOf(request.beneficiaryId()), e);
        }
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One entry (audited as a read)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    EntryView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Update situation, whereabouts, shelter or status (ACTIVE, HOUSED, LOST_CONTACT, DECEASED "
            + "with its date); send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(ACTIVE_EXAMPLE)))
    @PutMapping("/{id}")
    EntryView update(@PathVariable UUID id, @Valid @RequestBody EntryChange change) {
        try {
            return RecordProblems.unlessStale(() -> service.update(id, change), () -> service.versionOf(id));
        } catch (DataIntegrityViolationException e) {
            UUID beneficiary = service.beneficiaryOf(id);
            throw activeConflict(beneficiary == null ? null : service.activeEntryOf(beneficiary), e);
        }
    }

    private static RuntimeException activeConflict(UUID existing, DataIntegrityViolationException cause) {
        return existing == null ? cause : HomelessProblems.alreadyActive(existing);
    }
}
