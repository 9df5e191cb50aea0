package gr.kentra.cases.assessment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Needs assessments on a person's record card, newest first. */
@RestController
@RequestMapping("/api/beneficiaries/{beneficiary}/assessments")
class AssessmentController {

    private static final String EXAMPLE = """
            {"id":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","needs":["FOOD","HOUSING"],"priority":"HIGH",
             "date":"2026-03-02","assessor":"maria","notes":"Έξωση σε 30 ημέρες.","recordedAt":"2026-03-02T09:15:00Z"}""";

    private final AssessmentRepository assessments;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    AssessmentController(AssessmentRepository assessments, Beneficiaries beneficiaries, AuditTrail audit) {
        this.assessments = assessments;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
    }

    @Operation(summary = "The person's needs assessments, newest first")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + EXAMPLE + "]")))
    @GetMapping
    @Transactional
    List<AssessmentView> list(@PathVariable UUID beneficiary) {
        beneficiaries.requireExisting(beneficiary);
        audit.read(beneficiary, RecordType.NEEDS_ASSESSMENT, null);
        return assessments.findByBeneficiaryIdOrderByAssessedOnDescRecordedAtDesc(beneficiary).stream()
                .map(NeedsAssessment::view).toList();
    }

    @Operation(summary = "Record a needs assessment; the assessor is the caller")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    AssessmentView add(@PathVariable UUID beneficiary, @Valid @RequestBody AssessmentRequest request) {
        beneficiaries.requireNotErased(beneficiary);
        NeedsAssessment saved = assessments.saveAndFlush(
                new NeedsAssessment(beneficiary, request, CurrentStaff.username(), clock.instant()));
        AssessmentView view = saved.view();
        audit.record(beneficiary, RecordType.NEEDS_ASSESSMENT, view.id(), AuditAction.CREATE, null);
        return view;
    }
}
