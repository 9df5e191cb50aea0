package gr.kentra.cases.investigation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvestigationRepository extends JpaRepository<SocialInvestigation, UUID>,
        JpaSpecificationExecutor<SocialInvestigation> {
}
