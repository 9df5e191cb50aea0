package gr.kentra.cases.beneficiary;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The beneficiary registry of the request's centre (the tenant filter has already checked membership). */
@RestController
@RequestMapping("/api/beneficiaries")
class BeneficiaryController {

    private final BeneficiaryService service;

    BeneficiaryController(BeneficiaryService service) {
        this.service = service;
    }

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
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/{id}")
    BeneficiaryView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @GetMapping
    BeneficiaryView.Page search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.search(q, page, size);
    }

    private static String registeredBy(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return username != null && !username.isBlank() ? username : jwt.getSubject();
    }
}
