package gr.kentra.cases.beneficiary.registration;

import java.util.UUID;

import gr.kentra.cases.system.Created;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The beneficiary registry of the request's centre (the tenant filter has already checked membership). */
@RestController
@RequestMapping("/api/beneficiaries")
class BeneficiaryController {

    private static final String STALE_EXAMPLE = """
            {"type":"about:blank","title":"Conflicting edit","status":409,
             "detail":"The record changed since it was read; reload it and repeat the change.","currentVersion":3}""";

    private static final String RECORD_EXAMPLE = """
            {"id":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","firstName":"Ελένη","lastName":"Γεωργίου",
             "latinFirstName":"Eleni","latinLastName":"Georgiou","dateOfBirth":"1980-05-01","gender":"FEMALE",
             "amka":"01058012345","afm":"123456783","status":"ACTIVE","citizenship":"GR","idDocumentNumber":"ΑΚ123456",
             "phone":"+30 210 9400000","email":null,"address":"Πειραιώς 10, Μοσχάτο",
             "consent":{"given":true,"date":"2026-03-02","legalBasis":"CONSENT"},
             "registeredAt":"2026-03-02T09:14:00Z","registeredBy":"maria.k","version":2}""";
    private static final String PAGE_EXAMPLE = """
            {"items":[{"id":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","firstName":"Ελένη","lastName":"Γεωργίου",
             "latinFirstName":"Eleni","latinLastName":"Georgiou","dateOfBirth":"1980-05-01","gender":"FEMALE",
             "status":"ACTIVE","version":2}],"page":0,"size":20,"total":1}""";

    private final BeneficiaryService service;

    BeneficiaryController(BeneficiaryService service) {
        this.service = service;
    }

    @Operation(summary = "Register a person; 409 for an AMKA already registered, similar people listed as possibleDuplicates")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject("""
            {"id":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","firstName":"Ελένη","lastName":"Γεωργίου",
             "latinFirstName":"Eleni","latinLastName":"Georgiou","dateOfBirth":"1980-05-01","gender":"FEMALE",
             "status":"ACTIVE","version":0,"possibleDuplicates":[{"id":"1b2c…","href":"/api/beneficiaries/1b2c…"}]}""")))
    @PostMapping
    ResponseEntity<BeneficiaryView> register(@Valid @RequestBody RegisterBeneficiary request,
            @AuthenticationPrincipal Jwt jwt) {
        BeneficiaryView created;
        try {
            created = service.register(request, registeredBy(jwt));
        } catch (DataIntegrityViolationException e) {
            // Two registrations of one AMKA raced past the check; the unique index decided.
            UUID existing = request.amka() == null ? null : service.idOfAmka(request.amka().strip());
            if (existing == null) {
                throw e;
            }
            throw BeneficiaryProblems.duplicateAmka(existing);
        }
        return Created.at(created.id(), created);
    }

    @Operation(summary = "The record of a person (audited as a read)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(RECORD_EXAMPLE)))
    @GetMapping("/{id}")
    BeneficiaryView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Edit identity, contact, status and consent; send the version you read")
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(STALE_EXAMPLE)))
    @PutMapping("/{id}")
    BeneficiaryView update(@PathVariable UUID id, @Valid @RequestBody UpdateBeneficiary request) {
        try {
            // Another edit committed between our read and our write.
            return gr.kentra.cases.system.RecordProblems.unlessStale(() -> service.update(id, request),
                    () -> service.versionOf(id));
        } catch (DataIntegrityViolationException e) {
            UUID existing = request.amka() == null ? null : service.idOfAmka(request.amka().strip());
            if (existing == null || existing.equals(id)) {
                throw e;
            }
            throw BeneficiaryProblems.duplicateAmka(existing);
        }
    }

    @Operation(summary = "Search by AMKA, AFM, phone or name (Greek or Latin letters, any accents, typos)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(PAGE_EXAMPLE)))
    @GetMapping
    PageOf<BeneficiaryView> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.search(q, page, size);
    }

    private static String registeredBy(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return username != null && !username.isBlank() ? username : jwt.getSubject();
    }
}
