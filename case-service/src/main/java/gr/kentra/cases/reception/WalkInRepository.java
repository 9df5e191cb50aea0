package gr.kentra.cases.reception;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WalkInRepository extends JpaRepository<WalkIn, UUID> {

    List<WalkIn> findByArrivedAtGreaterThanEqualAndArrivedAtLessThanOrderByArrivedAtAscIdAsc(Instant from, Instant to);

    boolean existsByBeneficiaryIdAndStatusAndArrivedAtGreaterThanEqual(UUID beneficiaryId, WalkInStatus status,
            Instant from);
}
