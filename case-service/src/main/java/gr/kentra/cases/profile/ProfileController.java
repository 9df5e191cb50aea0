package gr.kentra.cases.profile;

import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The socio-economic profile on a person's record card (404 until one is recorded). */
@RestController
@RequestMapping("/api/beneficiaries/{beneficiary}/profile")
class ProfileController {

    private static final String EXAMPLE = """
            {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":18,"iscedLevel":3,
             "housingSituation":"HOUSING_EXCLUSION","disability":false,"migrant":false,"foreignBackground":false,
             "roma":false,"ruralArea":false,"singleParent":true,"otherDisadvantage":false,
             "updatedAt":"2026-03-02T09:15:00Z","updatedBy":"maria","version":0}""";

    private final ProfileService service;

    ProfileController(ProfileService service) {
        this.service = service;
    }

    @Operation(summary = "The person's socio-economic profile")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping
    ProfileView show(@PathVariable UUID beneficiary) {
        return service.find(beneficiary);
    }

    @Operation(summary = "Record or change the profile; version null to create, else the version you read")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping
    ProfileView save(@PathVariable UUID beneficiary, @Valid @RequestBody ProfileRequest request) {
        try {
            return service.save(beneficiary, request);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // A concurrent edit or creation committed first.
            throw RecordProblems.staleVersion(service.versionOf(beneficiary));
        }
    }
}
