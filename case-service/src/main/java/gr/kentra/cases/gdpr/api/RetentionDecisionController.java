package gr.kentra.cases.gdpr.api;

import java.util.UUID;

import gr.kentra.cases.gdpr.retention.RetentionDecisionRequest;
import gr.kentra.cases.gdpr.retention.RetentionDecisionView;
import gr.kentra.cases.gdpr.retention.RetentionDecisions;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The coordinator's retention review: decide on the records of the retention list, and read back every decision. */
@RestController
class RetentionDecisionController {

    private final RetentionDecisions decisions;

    RetentionDecisionController(RetentionDecisions decisions) {
        this.decisions = decisions;
    }

    @Operation(summary = "Decide on records past their retention period (those GET /api/beneficiaries/retention-due"
            + " lists), one or up to 100 at once: ERASE (as DELETE /api/beneficiaries/{id} erases) or KEEP until"
            + " reviewOn (after today, within the retention period; the record leaves the list until then). The"
            + " reason (10-500 characters, without names) is recorded with who decided and when, and audited."
            + " All or nothing: a record not due is a 409 naming it (notDue); another centre's id is a 404.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject("""
            {"decisions":[{"id":"3f0a…","beneficiaryId":"7c1d…","firstName":null,"lastName":null,
              "decision":"ERASE","reason":"Ανενεργός φάκελος πέραν της πενταετίας","reviewOn":null,
              "lastActivity":"2019-06-12","decidedBy":"maria","decidedAt":"2026-03-02T09:15:00Z","keptByLaw":[]}]}""")))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject("""
            {"type":"about:blank","title":"Not due for a retention decision","status":409,
             "detail":"1 of the records chosen is not past its retention period…","notDue":["9e2b…"]}""")))
    @PostMapping("/api/beneficiaries/retention-decisions")
    @ResponseStatus(HttpStatus.CREATED)
    RetentionDecisionView.Decided decide(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject("""
                    {"decision":"KEEP","beneficiaryIds":["7c1d…"],"reason":"Εκκρεμεί δικαστική υπόθεση επιμέλειας",
                     "reviewOn":"2027-03-01"}"""))) @Valid @RequestBody RetentionDecisionRequest request) {
        return new RetentionDecisionView.Decided(decisions.decide(request));
    }

    @Operation(summary = "The retention decisions of the centre, newest first, optionally of one person"
            + " (?beneficiary=) or of one kind (?decision=ERASE|KEEP)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"3f0a…","beneficiaryId":"7c1d…","firstName":"Ελένη","lastName":"Γεωργίου",
              "decision":"KEEP","reason":"Εκκρεμεί δικαστική υπόθεση επιμέλειας","reviewOn":"2027-03-01",
              "lastActivity":"2019-06-12","decidedBy":"maria","decidedAt":"2026-03-02T09:15:00Z"}],
             "page":0,"size":20,"total":1}""")))
    @GetMapping("/api/beneficiaries/retention-decisions")
    PageOf<RetentionDecisionView> list(@RequestParam(required = false) UUID beneficiary,
            @RequestParam(required = false) RetentionDecisionView.Decision decision,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return decisions.list(beneficiary, decision, page, size);
    }
}
