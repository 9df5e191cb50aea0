package gr.kentra.cases.gdpr.catalogue;

import static gr.kentra.cases.gdpr.catalogue.Rows.date;
import static gr.kentra.cases.gdpr.catalogue.Rows.dateTime;
import static gr.kentra.cases.gdpr.catalogue.Rows.flag;
import static gr.kentra.cases.gdpr.catalogue.Rows.instant;
import static gr.kentra.cases.gdpr.catalogue.Rows.integer;
import static gr.kentra.cases.gdpr.catalogue.Rows.list;
import static gr.kentra.cases.gdpr.catalogue.Rows.text;
import static gr.kentra.cases.gdpr.catalogue.Rows.uuid;
import static gr.kentra.cases.gdpr.catalogue.Rows.whole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Component;

/**
 * Reads every part of a person's record from the request's tenant schema (Hibernate has set it on the
 * connection). Plain SQL over the features' tables: the export is a read-only view across all of them, and
 * going through each feature's service would audit every part as an ordinary read.
 */
@Component
public class PersonalDataReader {

    private final EntityManager entityManager;

    PersonalDataReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<PersonalData.Identity> identity(UUID person) {
        return rows("select * from beneficiary where id = :person", person, row -> new PersonalData.Identity(
                uuid(row, "id"), text(row, "first_name"), text(row, "last_name"), text(row, "latin_first_name"),
                text(row, "latin_last_name"), date(row, "date_of_birth"), integer(row, "birth_year"),
                text(row, "gender"), text(row, "amka"), text(row, "afm"), text(row, "status"),
                text(row, "citizenship"), text(row, "id_document_number"), text(row, "phone"), text(row, "email"),
                text(row, "address"), new PersonalData.Consent(flag(row, "consent_given"), date(row, "consent_date"),
                        text(row, "consent_legal_basis")), text(row, "processing_basis"),
                instant(row, "registered_at"), text(row, "registered_by"), whole(row, "version")))
                .stream().findFirst();
    }

    public List<PersonalData.HouseholdMember> household(UUID person) {
        return rows("select * from household_member where beneficiary_id = :person order by year_of_birth, id",
                person, row -> new PersonalData.HouseholdMember(uuid(row, "id"), text(row, "relation"),
                        integer(row, "year_of_birth"), integer(row, "age"), text(row, "employment_status"),
                        flag(row, "disability")));
    }

    public List<PersonalData.HistoryVersion> socialHistory(UUID person) {
        return rows("select * from social_history_version where beneficiary_id = :person order by version",
                person, row -> new PersonalData.HistoryVersion(integer(row, "version"), text(row, "text"),
                        instant(row, "written_at"), text(row, "written_by")));
    }

    public PersonalData.Profile profile(UUID person) {
        return rows("select * from socio_economic_profile where beneficiary_id = :person", person,
                row -> new PersonalData.Profile(text(row, "employment_status"), integer(row, "unemployment_months"),
                        integer(row, "isced_level"), text(row, "housing_situation"), flag(row, "disability"),
                        flag(row, "migrant"), flag(row, "foreign_background"), flag(row, "roma"),
                        flag(row, "rural_area"), flag(row, "single_parent"), flag(row, "other_disadvantage"),
                        instant(row, "updated_at"), text(row, "updated_by")))
                .stream().findFirst().orElse(null);
    }

    public List<PersonalData.Assessment> assessments(UUID person) {
        return rows("select * from needs_assessment where beneficiary_id = :person order by assessed_on, recorded_at",
                person, row -> new PersonalData.Assessment(uuid(row, "id"), list(row, "needs"),
                        text(row, "priority"), date(row, "assessed_on"), text(row, "assessor"), text(row, "notes")));
    }

    /** The request type's label is the centre's own (its catalogue), in the reader's language. */
    public List<PersonalData.Request> requests(UUID person, boolean english) {
        return rows("select r.*, t.label_en, t.label_el from service_request r"
                + " join request_type t on t.code = r.type_code where r.beneficiary_id = :person order by r.received_on, r.registered_at", person,
                row -> new PersonalData.Request(uuid(row, "id"), text(row, "type_code"),
                        text(row, english ? "label_en" : "label_el"),
                        text(row, "channel"), date(row, "received_on"), text(row, "description"),
                        text(row, "assignee"), text(row, "status"), text(row, "outcome"), date(row, "closed_on")));
    }

    public List<PersonalData.Referral> referrals(UUID person) {
        return rows("select f.*, p.name as partner_name from referral f join partner p on p.id = f.partner_id"
                + " where f.beneficiary_id = :person order by f.sent_on, f.created_at", person,
                row -> new PersonalData.Referral(uuid(row, "id"), uuid(row, "request_id"), uuid(row, "partner_id"),
                        text(row, "partner_name"), text(row, "reason"), text(row, "status"), date(row, "sent_on"),
                        date(row, "follow_up_on"), text(row, "outcome"), date(row, "closed_on")));
    }

    /**
     * The person's sessions. With {@code breakGlass}, the notes of the sessions they attended alone; the notes of a
     * group or family session are about the others too and never leave (GDPR Art. 15(4)).
     */
    public List<PersonalData.Session> sessions(UUID person, boolean breakGlass) {
        return rows("select s.*, (select count(*) from counselling_session_participant o where o.session_id = s.id)"
                + " as participant_count from counselling_session s join counselling_session_participant p"
                + " on p.session_id = s.id where p.beneficiary_id = :person order by s.held_on, s.recorded_at",
                person, row -> new PersonalData.Session(uuid(row, "id"), text(row, "type"), date(row, "held_on"),
                        integer(row, "duration_minutes"), text(row, "topic"), text(row, "author"),
                        integer(row, "participant_count"), notesOf(row, breakGlass), withheld(row, breakGlass)));
    }

    private static String notesOf(Tuple row, boolean breakGlass) {
        return breakGlass && integer(row, "participant_count") == 1 ? text(row, "notes") : null;
    }

    private static String withheld(Tuple row, boolean breakGlass) {
        if (text(row, "notes") == null || notesOf(row, breakGlass) != null) {
            return null;
        }
        return integer(row, "participant_count") == 1 ? PersonalData.Session.BREAK_GLASS_REQUIRED
                : PersonalData.Session.ABOUT_OTHERS;
    }

    public List<PersonalData.Appointment> appointments(UUID person) {
        return rows("select * from appointment where beneficiary_id = :person order by starts_at", person,
                row -> new PersonalData.Appointment(uuid(row, "id"), text(row, "staff"), dateTime(row, "starts_at"),
                        dateTime(row, "ends_at"), text(row, "purpose"), text(row, "status")));
    }

    public List<PersonalData.Access> auditTrail(UUID person) {
        return rows("select * from audit_event where beneficiary_id = :person order by occurred_at, id", person,
                row -> new PersonalData.Access(instant(row, "occurred_at"), text(row, "actor"),
                        text(row, "record_type"), text(row, "record_id"), text(row, "action"), list(row, "fields"),
                        text(row, "reason")));
    }

    /**
     * The person's rows of a table the export shows as the catalogue has it: every column but the link to the
     * person and the row version, named in camelCase.
     */
    public List<Map<String, Object>> records(String tableName, UUID person, String orderBy) {
        PersonalDataCatalogue.Table table = PersonalDataCatalogue.table(tableName).orElseThrow();
        List<String> columns = table.columns().stream().map(PersonalDataCatalogue.Column::name)
                .filter(c -> !c.equals("beneficiary_id") && !c.equals("version"))
                // An issued document's PDF is a file the centre hands over as such, not a value of the export.
                .filter(c -> !(tableName.equals("issued_document") && c.equals("pdf"))).toList();
        return rows("select " + String.join(", ", columns) + " from " + tableName + " where " + table.link()
                + " order by " + orderBy, person, row -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    columns.forEach(c -> record.put(camel(c), Rows.json(row, c)));
                    return record;
                });
    }

    /** The person's records that a law keeps whole even after erasure, with that law. */
    public List<KeptByLaw> keptByLaw(UUID person) {
        List<KeptByLaw> kept = new ArrayList<>();
        for (PersonalDataCatalogue.Table table : PersonalDataCatalogue.personal()) {
            if (table.keptWhen() == null) {
                continue;
            }
            List<String> fields = table.erased().stream().map(c -> camel(c.name())).toList();
            rows(ErasureStatements.keptByLaw(table), person, row -> row.get(0).toString())
                    .forEach(id -> kept.add(new KeptByLaw(table.name(), id, fields, table.keptBecause())));
        }
        return kept;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private <T> List<T> rows(String sql, UUID person, Function<Tuple, T> mapper) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).setParameter("person", person)
                .getResultList();
        return rows.stream().map(mapper).toList();
    }
}
