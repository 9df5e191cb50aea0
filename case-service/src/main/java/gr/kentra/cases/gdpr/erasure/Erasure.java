package gr.kentra.cases.gdpr.erasure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.gdpr.BeneficiaryErased;
import gr.kentra.cases.gdpr.ErasureStarting;
import gr.kentra.cases.gdpr.catalogue.ErasureStatements;
import gr.kentra.cases.gdpr.catalogue.KeptByLaw;
import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;
import gr.kentra.cases.gdpr.catalogue.PersonalDataReader;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person's identity (GDPR Art. 17): every column {@link PersonalDataCatalogue} marks ERASE (names,
 * identifiers, contact, the date of birth, whose year stays, and the free texts written about them), except in
 * rows a law requires to keep, which are named in the answer with their legal basis. The rows, their ids and their coded values stay so that counts already
 * published stay consistent; the record is left ERASED, closed for new work. The audit trail is append-only and
 * holds no names, so it stays whole; the erasure itself is added to it with its reason.
 */
@Service
public class Erasure {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 500;
    private static final ZoneId ATHENS = Athens.ZONE;

    /** What is cleared, table by table: written from the catalogue once. */
    private static final List<String> STATEMENTS = ErasureStatements.all();

    private final EntityManager entityManager;
    private final PersonalDataReader reader;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Erasure(EntityManager entityManager, PersonalDataReader reader, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.audit = audit;
        this.events = events;
    }

    /** Erases; answers what was kept because a law requires it (the person is told, not left to guess). */
    @Transactional
    public List<KeptByLaw> erase(UUID person, String reason) {
        String why = requireReason(reason);
        lockActiveRecord(person);
        events.publishEvent(new ErasureStarting(person));
        // Nothing half-read may be written back over the cleared columns at commit.
        entityManager.flush();
        entityManager.clear();
        List<KeptByLaw> kept = reader.keptByLaw(person);
        STATEMENTS.forEach(sql -> entityManager.createNativeQuery(sql).setParameter("person", person)
                .executeUpdate());
        audit.recordWithReason(person, RecordType.BENEFICIARY, person, AuditAction.ERASURE, why);
        events.publishEvent(new BeneficiaryErased(person, LocalDate.now(clock.withZone(ATHENS))));
        return kept;
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
