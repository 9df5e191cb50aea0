package gr.kentra.cases.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A needs assessment as recorded on a date by an assessor. Assessments are added, not edited. */
@Entity
@Immutable
@Table(name = "needs_assessment")
class NeedsAssessment {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    /** Need categories, comma-separated constant names. */
    @Column(nullable = false)
    private String needs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false)
    private String assessor;

    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NeedsAssessment() {
    }

    NeedsAssessment(UUID beneficiaryId, AssessmentRequest request, String assessor, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.beneficiaryId = beneficiaryId;
        this.needs = request.needs().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        this.priority = request.priority();
        this.assessedOn = request.date();
        this.assessor = assessor;
        this.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        this.recordedAt = recordedAt;
    }

    AssessmentView view() {
        List<NeedCategory> categories = Arrays.stream(needs.split(",")).map(NeedCategory::valueOf).toList();
        return new AssessmentView(id, categories, priority, assessedOn, assessor, notes, recordedAt);
    }
}
