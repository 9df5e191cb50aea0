package gr.kentra.cases.gdpr.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything the centre holds on one person (GDPR Art. 15), section by section. Coded values are the API's
 * upper-case constants; the HTML rendering adds their labels. {@code sessionNotesIncluded} says whether
 * counselling notes were part of this export (only a break-glass export carries them, and only the notes of
 * sessions the person attended alone); {@code sessionNotesNotice} says, in the reader's language, why notes are
 * withheld and how to ask for them. Investigations, the homeless register and distributions are read as
 * {@link PersonalDataCatalogue} lists their columns; {@code keptByLaw} names the records a law keeps whole even
 * after an erasure, and which law; {@code retentionDecisions} the coordinator's decisions on the record once it
 * was past its retention period.
 */
public record PersonalData(Instant exportedAt, String exportedBy, Identity identity, List<HouseholdMember> household,
        List<HistoryVersion> socialHistory, Profile profile, List<Assessment> assessments, List<Request> requests,
        List<Referral> referrals, List<Session> sessions, boolean sessionNotesIncluded, String sessionNotesNotice,
        List<Appointment> appointments, List<Map<String, Object>> investigations,
        List<Map<String, Object>> homelessRegister, List<Map<String, Object>> distributions,
        List<Map<String, Object>> distributionLines, List<Map<String, Object>> retentionDecisions,
        List<Map<String, Object>> walkIns, List<KeptByLaw> keptByLaw, List<Access> auditTrail,
        List<Map<String, Object>> issuedDocuments) {

    public record Identity(UUID id, String firstName, String lastName, String latinFirstName, String latinLastName,
            LocalDate dateOfBirth, Integer birthYear, String gender, String amka, String afm, String status,
            String citizenship, String idDocumentNumber, String phone, String email, String address,
            Consent consent, String processingBasis, Instant registeredAt, String registeredBy, Long version) {
    }

    public record Consent(boolean given, LocalDate date, String legalBasis) {
    }

    public record HouseholdMember(UUID id, String relation, Integer yearOfBirth, Integer age, String employmentStatus,
            boolean disability) {
    }

    public record HistoryVersion(int version, String text, Instant writtenAt, String writtenBy) {
    }

    public record Profile(String employmentStatus, Integer unemploymentMonths, Integer iscedLevel, String housingSituation,
            boolean disability, boolean migrant, boolean foreignBackground, boolean roma, boolean ruralArea,
            boolean singleParent, boolean otherDisadvantage, Instant updatedAt, String updatedBy) {
    }

    public record Assessment(UUID id, List<String> needs, String priority, LocalDate date, String assessor, String notes) {
    }

    public record Request(UUID id, String type, String typeLabel, String channel, LocalDate receivedOn, String description,
            String assignee, String status, String outcome, LocalDate closedOn) {
    }

    public record Referral(UUID id, UUID requestId, UUID partnerId, String partnerName, String reason, String status,
            LocalDate sentOn, LocalDate followUpOn, String outcome, LocalDate closedOn) {
    }

    /**
     * {@code notes} is null when the export leaves them out or the session has none; {@code notesWithheld} says
     * why notes that exist are left out: {@code BREAK_GLASS_REQUIRED} (the person's own session: a coordinator can
     * open them with a recorded reason) or {@code ABOUT_OTHERS} (a group or family session, GDPR Art. 15(4)).
     */
    public record Session(UUID id, String type, LocalDate date, int durationMinutes, String topic, String author,
            int participants, String notes, @JsonInclude(JsonInclude.Include.NON_NULL) String notesWithheld) {

        static final String BREAK_GLASS_REQUIRED = "BREAK_GLASS_REQUIRED";
        static final String ABOUT_OTHERS = "ABOUT_OTHERS";
    }

    public record Appointment(UUID id, String staff, LocalDateTime start, LocalDateTime end, String purpose, String status) {
    }

    /** One line of the audit trail about the person: who did what to which part of the record, when. */
    public record Access(Instant occurredAt, String actor, String recordType, String recordId, String action,
            List<String> fields, String reason) {
    }
}
