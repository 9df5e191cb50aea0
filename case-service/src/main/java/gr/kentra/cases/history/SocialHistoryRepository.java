package gr.kentra.cases.history;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SocialHistoryRepository extends JpaRepository<SocialHistoryVersion, UUID> {

    List<SocialHistoryVersion> findByBeneficiaryIdOrderByVersionDesc(UUID beneficiaryId);
}
