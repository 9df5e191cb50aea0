package gr.kentra.cases.partner;

import java.util.List;
import java.util.UUID;

import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centre's directory of partners (municipal services, DYPA, hospitals, KEPA, NGOs, the prosecutor). It holds
 * no personal data, so it is not audited.
 */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

    private static final String EXAMPLE = """
            {"id":"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b","name":"Κοινωνικό Παντοπωλείο του Δήμου",
             "kind":"MUNICIPAL_SOCIAL_GROCERY","contact":"210 4850 000","active":true,"version":0}""";

    private final PartnerService service;

    PartnerController(PartnerService service) {
        this.service = service;
    }

    @Operation(summary = "The directory by name; ?kind= and ?active=true|false narrow it")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + EXAMPLE + "]")))
    @GetMapping
    List<PartnerView> list(@RequestParam(required = false) PartnerKind kind,
            @RequestParam(required = false) Boolean active) {
        return service.list(kind, active);
    }

    @Operation(summary = "Add a partner (active unless active=false)")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<PartnerView> add(@Valid @RequestBody PartnerForm form) {
        PartnerView created = service.add(form);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "Edit or deactivate a partner; send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{id}")
    PartnerView change(@PathVariable UUID id, @Valid @RequestBody PartnerForm form) {
        return RecordProblems.unlessStale(() -> service.update(id, form), () -> service.versionOf(id));
    }
}
