package gr.kentra.cases.assessment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<NeedsAssessment, UUID> {

    List<NeedsAssessment> findByBeneficiaryIdOrderByAssessedOnDescRecordedAtDesc(UUID beneficiaryId);
}
