package gr.kentra.cases.gdpr.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.gdpr.catalogue.Rows;
import gr.kentra.cases.system.Paging;
import gr.kentra.commons.time.Athens;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rule: a record whose last activity is older than the retention period is due for the
 * coordinator's decision. Activity is the latest of the registration, a request received or closed, a referral
 * sent or closed, a counselling session, an appointment, a social history version, a profile change and a needs
 * assessment. Erased records are no longer listed, nor records the coordinator decided to keep until a review date
 * still to come ({@link RetentionDecisions}). Days are Athens days.
 */
@Service
public class Retention {

    private static final ZoneId ATHENS = Athens.ZONE;

    private static final String ACTIVITY = "with activity as (select b.id, b.first_name, b.last_name, b.status,"
            + " (b.registered_at at time zone 'Europe/Athens')::date as registered_on, greatest("
            + " (b.registered_at at time zone 'Europe/Athens')::date,"
            + " (select max(greatest(r.received_on, r.closed_on)) from service_request r"
            + " where r.beneficiary_id = b.id),"
            + " (select max(greatest(f.sent_on, f.closed_on)) from referral f where f.beneficiary_id = b.id),"
            + " (select max(s.held_on) from counselling_session s join counselling_session_participant p"
            + " on p.session_id = s.id where p.beneficiary_id = b.id),"
            + " (select max(a.starts_at)::date from appointment a where a.beneficiary_id = b.id),"
            + " (select (max(h.written_at) at time zone 'Europe/Athens')::date from social_history_version h"
            + " where h.beneficiary_id = b.id),"
            + " (select (e.updated_at at time zone 'Europe/Athens')::date from socio_economic_profile e"
            + " where e.beneficiary_id = b.id),"
            + " (select max(n.assessed_on) from needs_assessment n where n.beneficiary_id = b.id)"
            + ") as last_activity from beneficiary b where b.status <> 'ERASED')";

    /** Past the cut-off, and not kept by a decision whose review date is still to come. */
    private static final String DUE = " where last_activity < :cutoff and not exists (select 1 from retention_decision d"
            + " where d.beneficiary_id = activity.id and d.decision = 'KEEP' and d.review_on > :today)";

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final RetentionProperties properties;
    private final Clock clock = Clock.systemUTC();

    Retention(EntityManager entityManager, AuditTrail audit, RetentionProperties properties) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.properties = properties;
    }

    /** Each person listed is audited as a search hit: the page shows their name. */
    @Transactional
    public RetentionDue.Page due(int page, int size) {
        Paging paging = Paging.of(page, size);
        LocalDate today = today();
        LocalDate cutoff = cutoff(today);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(ACTIVITY + " select * from activity" + DUE
                        + " order by last_activity, id", Tuple.class)
                .setParameter("cutoff", cutoff).setParameter("today", today)
                .setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery(ACTIVITY + " select count(*) from activity" + DUE)
                .setParameter("cutoff", cutoff).setParameter("today", today).getSingleResult()).longValue();
        List<RetentionDue> items = rows.stream().map(row -> new RetentionDue(Rows.uuid(row, "id"),
                Rows.text(row, "first_name"), Rows.text(row, "last_name"), Rows.text(row, "status"),
                Rows.date(row, "registered_on"), Rows.date(row, "last_activity"),
                "/api/beneficiaries/" + Rows.uuid(row, "id"))).toList();
        items.forEach(item -> audit.record(item.id(), RecordType.BENEFICIARY, item.id(), AuditAction.SEARCH, null));
        return new RetentionDue.Page(items, paging.page(), paging.size(), total, properties.inactiveYears(), cutoff);
    }

    /** Of {@code people}, those due for a decision now, with their last activity. */
    Map<UUID, LocalDate> dueAmong(Collection<UUID> people) {
        LocalDate today = today();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(ACTIVITY + " select id, last_activity from activity" + DUE
                        + " and id in (:people)", Tuple.class)
                .setParameter("cutoff", cutoff(today)).setParameter("today", today).setParameter("people", people)
                .getResultList();
        Map<UUID, LocalDate> due = new LinkedHashMap<>();
        rows.forEach(row -> due.put(Rows.uuid(row, "id"), Rows.date(row, "last_activity")));
        return due;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ATHENS));
    }

    int inactiveYears() {
        return properties.inactiveYears();
    }

    private LocalDate cutoff(LocalDate today) {
        return today.minusYears(properties.inactiveYears());
    }
}
