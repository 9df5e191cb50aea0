package gr.kentra.cases.gdpr.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.gdpr.catalogue.KeptByLaw;
import gr.kentra.cases.gdpr.catalogue.Rows;
import gr.kentra.cases.gdpr.erasure.Erasure;
import gr.kentra.cases.gdpr.retention.RetentionDecisionView.Decision;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's review of records past their retention period ({@link Retention}): each record, or many at once,
 * is erased or kept until a review date, with a reason. Every decision is recorded (who, when, why, and the last
 * activity that made the record due) and audited: an erasure as ERASURE with the reason, a record kept as
 * RETENTION_KEEP. A bulk decision is all or nothing: one record not due refuses the whole request, naming it.
 */
@Service
public class RetentionDecisions {

    static final int MAX_PEOPLE = 100;

    private final EntityManager entityManager;
    private final Retention retention;
    private final Erasure erasure;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    RetentionDecisions(EntityManager entityManager, Retention retention, Erasure erasure, AuditTrail audit) {
        this.entityManager = entityManager;
        this.retention = retention;
        this.erasure = erasure;
        this.audit = audit;
    }

    @Transactional
    public List<RetentionDecisionView> decide(RetentionDecisionRequest request) {
        String reason = reason(request.reason());
        LocalDate today = retention.today();
        if (request.decision() == Decision.KEEP) {
            LocalDate review = request.reviewOn();
            if (review == null || !review.isAfter(today) || review.isAfter(today.plusYears(retention.inactiveYears()))) {
                throw new InvalidField("reviewOn", "problem.retention.reviewOn");
            }
        } else if (request.reviewOn() != null) {
            throw new InvalidField("reviewOn", "problem.retention.reviewOnErase");
        }
        Set<UUID> people = new LinkedHashSet<>(request.beneficiaryIds());
        requireKnown(people);
        Map<UUID, LocalDate> due = retention.dueAmong(people);
        List<UUID> notDue = people.stream().filter(p -> !due.containsKey(p)).toList();
        if (!notDue.isEmpty()) {
            RecordProblems.Coded problem = new RecordProblems.Coded(HttpStatus.CONFLICT,
                    "problem.retention.notDue.title", "problem.retention.notDue", notDue.size());
            problem.getBody().setProperty("notDue", notDue);
            throw problem;
        }
        List<RetentionDecisionView> decided = new ArrayList<>();
        for (UUID person : people) {
            // Erased first: the erasure clears the reasons of earlier decisions; this one, the coordinator's, stays.
            List<KeptByLaw> kept = request.decision() == Decision.ERASE ? erasure.erase(person, reason) : List.of();
            RetentionDecisionView view = new RetentionDecisionView(UUID.randomUUID(), person, null, null,
                    request.decision(), reason, request.reviewOn(), due.get(person), CurrentStaff.username(),
                    clock.instant(), kept);
            insert(view);
            if (request.decision() == Decision.KEEP) {
                audit.recordWithReason(person, RecordType.BENEFICIARY, view.id(), AuditAction.RETENTION_KEEP, reason);
            }
            decided.add(view);
        }
        return decided;
    }

    /** Newest first; each listed person still identified is audited as a search hit, like the retention list. */
    @Transactional
    public PageOf<RetentionDecisionView> list(UUID beneficiary, Decision decision, int page, int size) {
        Paging paging = Paging.of(page, size);
        String where = " where true" + (beneficiary == null ? "" : " and d.beneficiary_id = :beneficiary")
                + (decision == null ? "" : " and d.decision = :decision");
        var select = entityManager.createNativeQuery("select d.*, b.first_name, b.last_name from retention_decision d"
                + " join beneficiary b on b.id = d.beneficiary_id" + where + " order by d.decided_at desc, d.id",
                Tuple.class).setFirstResult(paging.offset()).setMaxResults(paging.size());
        var count = entityManager.createNativeQuery("select count(*) from retention_decision d" + where);
        if (beneficiary != null) {
            select.setParameter("beneficiary", beneficiary);
            count.setParameter("beneficiary", beneficiary);
        }
        if (decision != null) {
            select.setParameter("decision", decision.name());
            count.setParameter("decision", decision.name());
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = select.getResultList();
        List<RetentionDecisionView> items = rows.stream().map(row -> new RetentionDecisionView(Rows.uuid(row, "id"),
                Rows.uuid(row, "beneficiary_id"), Rows.text(row, "first_name"), Rows.text(row, "last_name"),
                Decision.valueOf(Rows.text(row, "decision")), Rows.text(row, "reason"), Rows.date(row, "review_on"),
                Rows.date(row, "last_activity"), Rows.text(row, "decided_by"), Rows.instant(row, "decided_at"), null))
                .toList();
        items.stream().filter(item -> item.firstName() != null).map(RetentionDecisionView::beneficiaryId).distinct()
                .forEach(person -> audit.record(person, RecordType.BENEFICIARY, person, AuditAction.SEARCH, null));
        return new PageOf<>(items, paging.page(), paging.size(),
                ((Number) count.getSingleResult()).longValue());
    }

    private static String reason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() < Erasure.MIN_REASON || stripped.length() > Erasure.MAX_REASON) {
            throw new InvalidField("reason", "problem.retention.reason");
        }
        return stripped;
    }

    /** Another centre's ids are simply unknown here: 404, as for a single record. */
    private void requireKnown(Set<UUID> people) {
        @SuppressWarnings("unchecked")
        List<UUID> known = entityManager.createNativeQuery("select id from beneficiary where id in (:people)",
                UUID.class).setParameter("people", people).getResultList();
        if (known.size() != people.size()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
    }

    private void insert(RetentionDecisionView view) {
        // A null date is written as SQL null: a null parameter would reach PostgreSQL untyped.
        var insert = entityManager.createNativeQuery("insert into retention_decision (id, beneficiary_id, decision,"
                        + " reason, review_on, last_activity, decided_by, decided_at) values (:id, :person, :decision,"
                        + " :reason, " + (view.reviewOn() == null ? "null" : ":reviewOn") + ", :lastActivity,"
                        + " :decidedBy, :decidedAt)")
                .setParameter("id", view.id()).setParameter("person", view.beneficiaryId())
                .setParameter("decision", view.decision().name()).setParameter("reason", view.reason())
                .setParameter("lastActivity", view.lastActivity())
                .setParameter("decidedBy", view.decidedBy()).setParameter("decidedAt", view.decidedAt());
        if (view.reviewOn() != null) {
            insert.setParameter("reviewOn", view.reviewOn());
        }
        insert.executeUpdate();
    }
}
