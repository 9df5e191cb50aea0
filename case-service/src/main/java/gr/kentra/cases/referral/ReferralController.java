package gr.kentra.cases.referral;

import java.util.UUID;

import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
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

/** Referrals of people to partners, with follow-up of the outcome. */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    private static final String EXAMPLE = """
            {"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "requestId":"0d9e8f7a-6b5c-4d3e-9f21-0a1b2c3d4e5f","partnerId":"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
             "reason":"Τρόφιμα για οικογένεια τεσσάρων μελών.","status":"SENT",
             "next":["ACCEPTED","DECLINED","NO_RESPONSE"],"sentOn":"2026-03-02","followUpOn":"2026-03-16",
             "outcome":null,"closedOn":null,"createdBy":"maria","createdAt":"2026-03-02T09:00:00Z","version":0}""";
    private static final String ILLEGAL_EXAMPLE = """
            {"type":"about:blank","title":"Not possible in this status","status":409,
             "detail":"A record in status SENT cannot go to COMPLETED; it may go to: ACCEPTED, DECLINED, NO_RESPONSE.",
             "currentStatus":"SENT","allowed":["ACCEPTED","DECLINED","NO_RESPONSE"]}""";

    private final ReferralService service;

    ReferralController(ReferralService service) {
        this.service = service;
    }

    @Operation(summary = "The centre's referrals, newest first; ?followUpDue=true: open ones due for follow-up today or earlier")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @GetMapping
    PageOf<ReferralView> list(@RequestParam(required = false) ReferralStatus status,
            @RequestParam(required = false) UUID partner, @RequestParam(required = false) UUID beneficiary,
            @RequestParam(required = false) UUID request, @RequestParam(defaultValue = "false") boolean followUpDue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.list(new ReferralFilter(status, partner, beneficiary, request, followUpDue), page, size);
    }

    @Operation(summary = "Refer a person to an active partner; a request it comes from goes to REFERRED")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<ReferralView> send(@Valid @RequestBody NewReferral request) {
        ReferralView created = service.send(request);
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One referral (audited as a read)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    ReferralView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Edit the reason or the follow-up date; send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{id}")
    ReferralView update(@PathVariable UUID id, @Valid @RequestBody ReferralChange change) {
        return RecordProblems.unlessStale(() -> service.update(id, change), () -> service.versionOf(id));
    }

    @Operation(summary = "Record progress: SENT → ACCEPTED → COMPLETED, DECLINED, or SENT → NO_RESPONSE; outcome needed to complete or decline")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(ILLEGAL_EXAMPLE)))
    @PostMapping("/{id}/transitions")
    ReferralView transition(@PathVariable UUID id, @Valid @RequestBody ReferralTransition transition) {
        return RecordProblems.unlessStale(() -> service.transition(id, transition), () -> service.versionOf(id));
    }
}
