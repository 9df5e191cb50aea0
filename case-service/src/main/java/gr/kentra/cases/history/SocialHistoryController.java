package gr.kentra.cases.history;

import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The social history on a person's record card. */
@RestController
@RequestMapping("/api/beneficiaries/{beneficiary}/social-history")
class SocialHistoryController {

    private static final String EXAMPLE = """
            {"text":"Μονογονεϊκή οικογένεια, δύο ανήλικα παιδιά.","version":2,
             "versions":[{"version":2,"writtenAt":"2026-03-02T09:15:00Z","writtenBy":"maria"},
                         {"version":1,"writtenAt":"2026-01-12T10:00:00Z","writtenBy":"nikos"}]}""";

    private final SocialHistoryService service;

    SocialHistoryController(SocialHistoryService service) {
        this.service = service;
    }

    @Operation(summary = "The current social history and the list of its versions")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping
    SocialHistoryView show(@PathVariable UUID beneficiary) {
        return service.show(beneficiary);
    }

    @Operation(summary = "Write a new version over the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping
    SocialHistoryView write(@PathVariable UUID beneficiary, @Valid @RequestBody SocialHistoryView.Write request) {
        try {
            return service.write(beneficiary, request);
        } catch (DataIntegrityViolationException e) {
            // Another writer added the same version number first.
            throw RecordProblems.staleVersion((long) service.currentVersion(beneficiary));
        }
    }
}
