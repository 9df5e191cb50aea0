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

    /** One person's events of the given kinds and parts in [from, to), by one staff member or any: the timeline. */
    @org.springframework.data.jpa.repository.Query("""
            select e from AuditEvent e where e.beneficiaryId = :person and e.action in :actions
            and e.recordType in :types and e.occurredAt >= :from and e.occurredAt < :to
            and (:anyActor = true or e.actor = :actor)""")
    Page<AuditEvent> timeline(@org.springframework.data.repository.query.Param("person") UUID person,
            @org.springframework.data.repository.query.Param("actions") java.util.Collection<AuditAction> actions,
            @org.springframework.data.repository.query.Param("types") java.util.Collection<RecordType> types,
            @org.springframework.data.repository.query.Param("from") Instant from,
            @org.springframework.data.repository.query.Param("to") Instant to,
            @org.springframework.data.repository.query.Param("anyActor") boolean anyActor,
            @org.springframework.data.repository.query.Param("actor") String actor, Pageable page);

    /** Who appears in a person's timeline (for the kinds and parts the reader may see): the staff filter's choices. */
    @org.springframework.data.jpa.repository.Query("""
            select distinct e.actor from AuditEvent e where e.beneficiaryId = :person and e.action in :actions
            and e.recordType in :types order by e.actor""")
    java.util.List<String> timelineActors(@org.springframework.data.repository.query.Param("person") UUID person,
            @org.springframework.data.repository.query.Param("actions") java.util.Collection<AuditAction> actions,
            @org.springframework.data.repository.query.Param("types") java.util.Collection<RecordType> types);
}
