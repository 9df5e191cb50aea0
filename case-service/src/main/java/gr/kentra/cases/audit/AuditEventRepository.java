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

    /** One person's events of the given kinds and parts in [from, to): the person's timeline. */
    @org.springframework.data.jpa.repository.Query("""
            select e from AuditEvent e where e.beneficiaryId = :person and e.action in :actions
            and e.recordType in :types and e.occurredAt >= :from and e.occurredAt < :to""")
    Page<AuditEvent> timeline(@org.springframework.data.repository.query.Param("person") UUID person,
            @org.springframework.data.repository.query.Param("actions") java.util.Collection<AuditAction> actions,
            @org.springframework.data.repository.query.Param("types") java.util.Collection<RecordType> types,
            @org.springframework.data.repository.query.Param("from") Instant from,
            @org.springframework.data.repository.query.Param("to") Instant to, Pageable page);
}
