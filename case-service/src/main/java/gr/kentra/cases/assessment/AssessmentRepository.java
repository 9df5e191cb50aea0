package gr.kentra.cases.assessment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<NeedsAssessment, UUID> {

    List<NeedsAssessment> findByBeneficiaryIdOrderByAssessedOnDescRecordedAtDesc(UUID beneficiaryId);

    /**
     * The latest assessment of each active person whose needs were last assessed before {@code cutoff}, the
     * oldest first: id, person, date.
     */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            select latest.id, latest.beneficiary_id, latest.assessed_on from (
              select distinct on (a.beneficiary_id) a.id, a.beneficiary_id, a.assessed_on from needs_assessment a
              order by a.beneficiary_id, a.assessed_on desc, a.recorded_at desc) latest
            join beneficiary b on b.id = latest.beneficiary_id
            where b.status = 'ACTIVE' and latest.assessed_on < :cutoff
            order by latest.assessed_on, latest.id limit :size""")
    List<Object[]> latestBefore(@org.springframework.data.repository.query.Param("cutoff") java.time.LocalDate cutoff,
            @org.springframework.data.repository.query.Param("size") int size);
}
