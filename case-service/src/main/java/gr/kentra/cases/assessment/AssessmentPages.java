package gr.kentra.cases.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.commons.time.Athens;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's reviews of needs due: people whose needs were last assessed more than six months ago (the
 * review interval the centres' casework follows), the longest waiting first. Each is audited as a search hit.
 */
@Controller
@CentrePage
class AssessmentPages {

    static final int REVIEW_MONTHS = 6;
    private static final ZoneId ATHENS = Athens.ZONE;

    /** One review due: the person and the date of their latest assessment. */
    record ReviewDue(UUID beneficiaryId, LocalDate lastAssessedOn) {
    }

    private final AssessmentRepository assessments;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final Allowed allowed;

    AssessmentPages(AssessmentRepository assessments, Beneficiaries beneficiaries, AuditTrail audit, Allowed allowed) {
        this.assessments = assessments;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
        this.allowed = allowed;
    }

    /** A person's needs assessments on the card, newest first (a read of the record, audited as the API does). */
    @GetMapping("/t/{centre}/people/{id}/assessments")
    @Transactional
    String ofPerson(@org.springframework.web.bind.annotation.PathVariable UUID id, Model model) {
        allowed.require("CARD_READ");
        beneficiaries.requireExisting(id);
        audit.read(id, RecordType.NEEDS_ASSESSMENT, null);
        model.addAttribute("assessments", assessments.findByBeneficiaryIdOrderByAssessedOnDescRecordedAtDesc(id)
                .stream().map(NeedsAssessment::view).toList());
        return "pages/assessments/part";
    }

    @GetMapping("/t/{centre}/assessments/reviews-due")
    @Transactional
    String reviewsDue(Model model) {
        allowed.require("CARD_READ");
        List<Object[]> rows = assessments.latestBefore(LocalDate.now(ATHENS).minusMonths(REVIEW_MONTHS), 20);
        List<ReviewDue> due = rows.stream().map(row -> {
            UUID person = (UUID) row[1];
            audit.record(person, RecordType.NEEDS_ASSESSMENT, row[0], AuditAction.SEARCH, null);
            return new ReviewDue(person, row[2] instanceof Date date ? date.toLocalDate() : (LocalDate) row[2]);
        }).toList();
        model.addAttribute("reviews", due);
        model.addAttribute("names", beneficiaries.displayNames(due.stream().map(ReviewDue::beneficiaryId).toList()));
        return "pages/assessments/reviews";
    }
}
