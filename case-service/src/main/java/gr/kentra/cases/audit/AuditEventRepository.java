package gr.kentra.cases.audit;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

    Page<AuditEvent> findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(Instant from, Instant to, Pageable page);

    Page<AuditEvent> findByBeneficiaryIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(UUID beneficiary,
            Instant from, Instant to, Pageable page);

    default Page<AuditEvent> find(UUID beneficiary, Instant from, Instant to, Pageable page) {
        return beneficiary == null
                ? findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(from, to, page)
                : findByBeneficiaryIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(beneficiary, from, to, page);
    }
}
