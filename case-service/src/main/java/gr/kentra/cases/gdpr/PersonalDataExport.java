package gr.kentra.cases.gdpr;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a person's data for them (GDPR Art. 15). The export is audited as EXPORT on the record, and once more
 * on every counselling session whose notes it carries, so the notes' author can see that they left the centre.
 */
@Service
class PersonalDataExport {

    private final PersonalDataReader reader;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();

    PersonalDataExport(PersonalDataReader reader, AuditTrail audit, EntityManager entityManager) {
        this.reader = reader;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * @param withNotes whether the caller may take the counselling notes (a coordinator)
     * @param english   whether the centre's own labels (request types) are wanted in English
     */
    @Transactional
    PersonalData export(UUID person, boolean withNotes, boolean english) {
        PersonalData.Identity identity = reader.identity(person)
                .orElseThrow(() -> RecordProblems.notFound("problem.beneficiary.notFound"));
        audit.record(person, RecordType.BENEFICIARY, person, AuditAction.EXPORT, null);
        List<PersonalData.Session> sessions = reader.sessions(person, withNotes);
        sessions.stream().filter(session -> session.notes() != null).forEach(session -> audit.record(person,
                RecordType.COUNSELLING_SESSION, session.id(), AuditAction.EXPORT, List.of("notes")));
        // The trail read below includes this very export.
        entityManager.flush();
        return new PersonalData(clock.instant(), CurrentStaff.username(), identity, reader.household(person),
                reader.socialHistory(person), reader.profile(person), reader.assessments(person),
                reader.requests(person, english), reader.referrals(person), sessions, withNotes,
                reader.appointments(person), reader.auditTrail(person));
    }
}
