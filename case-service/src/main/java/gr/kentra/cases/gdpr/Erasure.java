package gr.kentra.cases.gdpr;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person's identity (GDPR Art. 17): names, identifiers, contact, the date of birth (its year stays) and
 * the free texts written about them. The rows, their ids and their coded values stay so that counts already
 * published stay consistent; the record is left ERASED, closed for new work. The audit trail is append-only and
 * holds no names, so it stays whole; the erasure itself is added to it with its reason.
 */
@Service
class Erasure {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    /**
     * What is cleared, table by table. Texts that the schema requires become empty; versioned rows move to a new
     * version, so an edit prepared before the erasure cannot write the text back. A session's notes go only when
     * the person was its only participant: a group's notes are about the others too.
     */
    private static final List<String> STATEMENTS = List.of(
            "update beneficiary set first_name = null, last_name = null, latin_first_name = null,"
                    + " latin_last_name = null, birth_year = extract(year from date_of_birth), date_of_birth = null,"
                    + " amka = null, afm = null, id_document_number = null, phone = null, phone_digits = null,"
                    + " email = null, address = null, search_text = null, normalised_name = null,"
                    + " status = 'ERASED', version = version + 1 where id = :person",
            "update social_history_version set text = '' where beneficiary_id = :person",
            "update needs_assessment set notes = null where beneficiary_id = :person",
            "update service_request set description = '', outcome = null, version = version + 1"
                    + " where beneficiary_id = :person",
            "update referral set reason = '', outcome = null, version = version + 1 where beneficiary_id = :person",
            "update counselling_session s set notes = null, version = version + 1 where s.notes is not null"
                    + " and exists (select 1 from counselling_session_participant p where p.session_id = s.id"
                    + " and p.beneficiary_id = :person) and not exists (select 1 from"
                    + " counselling_session_participant o where o.session_id = s.id and o.beneficiary_id <> :person)",
            "update appointment set purpose = null, version = version + 1 where beneficiary_id = :person");

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Erasure(EntityManager entityManager, AuditTrail audit, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    void erase(UUID person, String reason) {
        String why = requireReason(reason);
        lockActiveRecord(person);
        events.publishEvent(new ErasureStarting(person));
        // Nothing half-read may be written back over the cleared columns at commit.
        entityManager.flush();
        entityManager.clear();
        STATEMENTS.forEach(sql -> entityManager.createNativeQuery(sql).setParameter("person", person)
                .executeUpdate());
        audit.recordWithReason(person, RecordType.BENEFICIARY, person, AuditAction.ERASURE, why);
        events.publishEvent(new BeneficiaryErased(person, LocalDate.now(clock.withZone(ATHENS))));
    }

    static String requireReason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() < MIN_REASON || stripped.length() > MAX_REASON) {
            throw new InvalidField("reason", "problem.erasure.reason");
        }
        return stripped;
    }

    /** Row-locks the record, so two erasures (or an erasure and an edit) of one person take turns. */
    private void lockActiveRecord(UUID person) {
        @SuppressWarnings("unchecked")
        List<String> status = entityManager.createNativeQuery(
                        "select status from beneficiary where id = :person for update", String.class)
                .setParameter("person", person).getResultList();
        if (status.isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        if ("ERASED".equals(status.getFirst())) {
            throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.erasure.already.title",
                    "problem.erasure.already");
        }
    }
}
