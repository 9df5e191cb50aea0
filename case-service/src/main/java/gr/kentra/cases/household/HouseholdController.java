package gr.kentra.cases.household;

import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The household composition on a person's record card. */
@RestController
@RequestMapping("/api/beneficiaries/{beneficiary}/household")
class HouseholdController {

    private static final String MEMBER_EXAMPLE = """
            {"id":"3f6b0c1e-9a2d-4c7e-8f10-2b3c4d5e6f70","relation":"CHILD","yearOfBirth":2012,"age":null,
             "employmentStatus":"INACTIVE_IN_EDUCATION","disability":false,"version":0}""";

    private final HouseholdService service;

    HouseholdController(HouseholdService service) {
        this.service = service;
    }

    @Operation(summary = "The members of the person's household")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + MEMBER_EXAMPLE + "]")))
    @GetMapping
    List<HouseholdMemberView> list(@PathVariable UUID beneficiary) {
        return service.list(beneficiary);
    }

    @Operation(summary = "Add a household member (year of birth or age)")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(MEMBER_EXAMPLE)))
    @PostMapping
    ResponseEntity<HouseholdMemberView> add(@PathVariable UUID beneficiary,
            @Valid @RequestBody HouseholdMemberRequest request) {
        HouseholdMemberView created = service.add(beneficiary, request);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "Edit a household member; send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(MEMBER_EXAMPLE)))
    @PutMapping("/{id}")
    HouseholdMemberView update(@PathVariable UUID beneficiary, @PathVariable UUID id,
            @Valid @RequestBody HouseholdMemberRequest request) {
        return RecordProblems.unlessStale(() -> service.update(beneficiary, id, request), () -> service.versionOf(id));
    }

    @Operation(summary = "Remove a household member")
    @ApiResponse(responseCode = "204")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID beneficiary, @PathVariable UUID id) {
        service.remove(beneficiary, id);
        return ResponseEntity.noContent().build();
    }
}
