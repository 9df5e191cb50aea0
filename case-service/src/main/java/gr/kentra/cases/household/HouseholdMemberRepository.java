package gr.kentra.cases.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdMemberRepository extends JpaRepository<HouseholdMember, UUID> {

    List<HouseholdMember> findByBeneficiaryIdOrderByRelationAscIdAsc(UUID beneficiaryId);

    Optional<HouseholdMember> findByIdAndBeneficiaryId(UUID id, UUID beneficiaryId);
}
