package gr.kentra.cases.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a document says, read from the request's centre schema (Hibernate has set it on the connection): the
 * person, and the completed investigation or the referral the document comes from. Plain SQL, like the GDPR
 * export: a document is a read-only view across features, and each feature's own read would be audited as a
 * second, separate read.
 */
@Component
class DocumentSources {

    /** The person as the documents name them. */
    record Person(String firstName, String lastName, LocalDate dateOfBirth, String amka, LocalDate registeredOn) {
    }

    record Investigation(String kind, String requestedBy, LocalDate requestedOn, LocalDate homeVisitOn,
            String findings, String conclusion, LocalDate closedOn) {
    }

    record Referral(String partner, String partnerContact, String reason, LocalDate sentOn) {
    }

    private final EntityManager entityManager;

    DocumentSources(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** 404 unless registered here; 409 once erased (nothing left to attest). */
    @Transactional(propagation = Propagation.MANDATORY)
    Person person(UUID person) {
        Tuple row = one("select first_name, last_name, date_of_birth, amka, registered_at, status from beneficiary"
                + " where id = :id", person);
        if (row == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        if ("ERASED".equals(row.get("status", String.class))) {
            throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.beneficiary.closed.title",
                    "problem.document.erased");
        }
        return new Person(row.get("first_name", String.class), row.get("last_name", String.class),
                date(row.get("date_of_birth")), row.get("amka", String.class),
                instant(row.get("registered_at")).atZone(Athens.ZONE).toLocalDate());
    }

    /** 404 unless the person is (or was: erased records stay) registered here. */
    @Transactional(propagation = Propagation.MANDATORY)
    void requireRegistered(UUID person) {
        if (one("select 1 as found from beneficiary where id = :id", person) == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
    }

    /** The person's completed investigation; another's, an open one or none is a field error. */
    @Transactional(propagation = Propagation.MANDATORY)
    Investigation investigation(UUID person, UUID id) {
        Tuple row = one("select kind, requested_by, requested_on, home_visit_on, findings, conclusion, closed_on"
                + " from social_investigation where id = :id and beneficiary_id = :person and status = 'COMPLETED'",
                id, person);
        if (row == null) {
            throw new InvalidField("recordId", "problem.document.noCompletedInvestigation");
        }
        return new Investigation(row.get("kind", String.class), row.get("requested_by", String.class),
                date(row.get("requested_on")), date(row.get("home_visit_on")), row.get("findings", String.class),
                row.get("conclusion", String.class), date(row.get("closed_on")));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Referral referral(UUID person, UUID id) {
        // The partner's contact: its first contact point's name (the partners API's contact).
        Tuple row = one("select p.name, (select c.name from partner_contact c where c.partner_id = p.id"
                + " order by c.position limit 1), r.reason, r.sent_on from referral r join partner p on"
                + " p.id = r.partner_id where r.id = :id and r.beneficiary_id = :person", id, person);
        if (row == null) {
            throw new InvalidField("recordId", "problem.document.noReferral");
        }
        return new Referral(row.get(0, String.class), row.get(1, String.class), row.get(2, String.class),
                date(row.get(3)));
    }

    /** A record a document may come from, for the page's choice: its id, a code or name, and its date. */
    record Choice(UUID id, String what, LocalDate on) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Choice> completedInvestigations(UUID person) {
        return choices("select id, kind, closed_on from social_investigation where beneficiary_id = :person"
                + " and status = 'COMPLETED' order by closed_on desc", person);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Choice> referrals(UUID person) {
        return choices("select r.id, p.name, r.sent_on from referral r join partner p on p.id = r.partner_id"
                + " where r.beneficiary_id = :person order by r.sent_on desc", person);
    }

    private List<Choice> choices(String sql, UUID person) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).setParameter("person", person)
                .setMaxResults(100).getResultList();
        return rows.stream().map(row -> new Choice((UUID) row.get(0), row.get(1, String.class), date(row.get(2))))
                .toList();
    }

    private Tuple one(String sql, UUID id) {
        return one(sql, id, null);
    }

    private Tuple one(String sql, UUID id, UUID person) {
        var query = entityManager.createNativeQuery(sql, Tuple.class).setParameter("id", id);
        if (person != null) {
            query.setParameter("person", person);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case java.time.OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp time -> time.toInstant();
            default -> Instant.parse(value.toString());
        };
    }
}
