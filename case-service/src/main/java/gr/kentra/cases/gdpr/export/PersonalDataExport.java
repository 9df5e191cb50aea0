package gr.kentra.cases.gdpr.export;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.gdpr.catalogue.PersonalData;
import gr.kentra.cases.gdpr.catalogue.PersonalDataReader;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import jakarta.persistence.EntityManager;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a person's data for them (GDPR Art. 15). The export is audited as EXPORT on the record. Counselling
 * notes are confidential like in the sessions feature: they reach an export only by break-glass, and each
 * session whose notes it carries is audited as BREAK_GLASS with the coordinator's reason, so the notes' author
 * sees that they left the centre and why.
 */
@Service
public class PersonalDataExport {

    private final PersonalDataReader reader;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    PersonalDataExport(PersonalDataReader reader, AuditTrail audit, EntityManager entityManager,
            MessageSource messages) {
        this.reader = reader;
        this.audit = audit;
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /**
     * @param breakGlassReason null for the ordinary export (no notes); otherwise the coordinator's reason for
     *                         opening the notes of the sessions the person attended alone
     * @param locale           the reader's: the centre's own labels (request types) and the notice on notes
     */
    @Transactional
    public PersonalData export(UUID person, String breakGlassReason, Locale locale) {
        PersonalData.Identity identity = reader.identity(person)
                .orElseThrow(() -> RecordProblems.notFound("problem.beneficiary.notFound"));
        audit.record(person, RecordType.BENEFICIARY, person, AuditAction.EXPORT, null);
        boolean breakGlass = breakGlassReason != null;
        List<PersonalData.Session> sessions = reader.sessions(person, breakGlass);
        sessions.stream().filter(session -> session.notes() != null).forEach(session -> audit.recordWithReason(
                person, RecordType.COUNSELLING_SESSION, session.id(), AuditAction.BREAK_GLASS, breakGlassReason));
        // The trail read below includes this very export.
        entityManager.flush();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new PersonalData(clock.instant(), CurrentStaff.username(), identity, reader.household(person),
                reader.socialHistory(person), reader.profile(person), reader.assessments(person),
                reader.requests(person, english), reader.referrals(person), sessions, breakGlass,
                notice(sessions, locale), reader.appointments(person),
                reader.records("social_investigation", person, "requested_on, created_at"),
                reader.records("homeless_register_entry", person, "registered_on, created_at"),
                reader.records("goods_distribution", person, "distributed_on, recorded_at"),
                reader.records("goods_distribution_line", person, "distribution_id, line_no"),
                reader.records("retention_decision", person, "decided_at, id"),
                reader.records("walk_in", person, "arrived_at"),
                reader.keptByLaw(person), reader.auditTrail(person),
                reader.records("issued_document", person, "issued_at, protocol_number"));
    }

    /** Why notes that exist are not in the export and how the person asks for them; null when none is withheld. */
    private String notice(List<PersonalData.Session> sessions, Locale locale) {
        boolean withheld = sessions.stream().anyMatch(session -> session.notesWithheld() != null);
        return withheld ? messages.getMessage("export.sessionNotesNotice", null, locale) : null;
    }
}
