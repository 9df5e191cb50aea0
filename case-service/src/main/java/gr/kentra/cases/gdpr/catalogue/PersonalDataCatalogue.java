package gr.kentra.cases.gdpr.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every column of a centre's schema that can hold data about a person, with what happens to it: one list, read
 * by the erasure (Art. 17), the export (Art. 15) and the record of processing (Art. 30), and checked against the
 * schema by a test that fails when a column appears without a decision. A table that concerns a person names
 * how its rows are found ({@code link}, SQL over {@code :person}).
 */
public final class PersonalDataCatalogue {

    /** What erasure does with a column. */
    public enum Decision {
        /** Identifying or free text about the person: cleared (to {@link Column#erasedTo}). */
        ERASE,
        /** A coded value, a month or a count: kept, so that published counts stay consistent; identifies nobody. */
        KEEP_CODED,
        /** Not about the person (ids, versions, the staff member who acted, the centre's own catalogues). */
        NOT_PERSONAL,
        /** Kept although it concerns the person, because a law requires it; {@link Column#why} names the law. */
        KEPT_BY_LAW
    }

    public record Column(String name, Decision decision, String why, String erasedTo) {
    }

    /**
     * @param link        SQL predicate over {@code :person} finding the person's rows; null for tables about no
     *                    person (or erased by their owner, said in the columns' {@code why})
     * @param eraseOnly   a further predicate for erasure: rows that concern others too keep their text
     * @param keptWhen    rows kept whole by law (their ERASE columns stay), with {@code keptBecause}
     * @param onErasure   further assignments of the erasure's update (in the same statement, so they read the
     *                    values before erasure)
     * @param category    the category of data for the record of processing (Art. 30(1)(c)), a code: its label is
     *                    {@code ropa.category.<code>} in the message bundles, the table's {@code ropa.table.<name>}
     */
    public record Table(String name, String link, String eraseOnly, String keptWhen, String keptBecause, boolean versioned,
            List<String> onErasure, String category, List<Column> columns) {

        List<Column> erased() {
            return columns.stream().filter(c -> c.decision() == Decision.ERASE).toList();
        }

        public Optional<Column> column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst();
        }
    }

    static final String STAFF = "the staff member who acted: not about the person";
    static final String CODED = "coded value or date: counts stay consistent, identifies nobody without the identity";
    static final String KEY = "identifier or version of the row";
    static final String AUDIT = "GDPR Art. 5(2) and 32: accountability for every access to special-category data";
    static final String COURT = "GDPR Art. 17(3)(b) and (e): a completed social investigation is a report made to"
            + " the authority that ordered it (court or prosecutor) and stays in the case file";
    static final String CONSENT_PROOF = "GDPR Art. 7(1): the controller must be able to show that consent was given";

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        table("beneficiary", "id = :person", "identity", b -> b.versioned()
                .onErasure("birth_year = extract(year from date_of_birth)", "status = 'ERASED'")
                .erase("first_name", "last_name", "latin_first_name", "latin_last_name", "date_of_birth", "amka",
                        "afm", "id_document_number", "phone", "phone_digits", "email", "address", "search_text",
                        "normalised_name", "phonetic_key")
                // generated from search_text: set to its default, it follows search_text to null
                .eraseTo("default", "latin_search_text")
                .coded("gender", "status", "citizenship", "consent_given", "consent_legal_basis", "processing_basis",
                        "birth_year", "registered_at")
                .byLaw(CONSENT_PROOF, "consent_date")
                .staff("registered_by").keys("id", "version"));
        table("household_member", "beneficiary_id = :person", "household", b -> b
                .coded("relation", "year_of_birth", "age", "employment_status", "disability")
                .keys("id", "beneficiary_id", "version"));
        table("social_history_version", "beneficiary_id = :person", "socialHistory", b -> b
                .eraseTo("''", "text").coded("written_at").staff("written_by")
                .keys("id", "beneficiary_id", "version"));
        table("socio_economic_profile", "beneficiary_id = :person", "socioEconomicProfile",
                b -> b.coded("employment_status", "unemployment_months", "isced_level", "housing_situation",
                        "disability", "migrant", "foreign_background", "roma", "rural_area", "single_parent",
                        "other_disadvantage", "updated_at").staff("updated_by").keys("beneficiary_id", "version"));
        table("needs_assessment", "beneficiary_id = :person", "needsAssessments", b -> b.erase("notes")
                .coded("needs", "priority", "assessed_on", "recorded_at").staff("assessor")
                .keys("id", "beneficiary_id"));
        // Append-only: the trail lets exactly this update through (the reason cleared, nothing else changed).
        table("audit_event", "beneficiary_id = :person", "auditTrail", b -> b.eraseOnly("reason is not null")
                .erase("reason")
                .byLaw(AUDIT, "occurred_at", "record_type", "record_id", "action", "fields").staff("actor")
                .keys("id", "beneficiary_id"));
        table("service_request", "beneficiary_id = :person", "requests", b -> b.versioned()
                .eraseTo("''", "description").erase("outcome")
                .coded("type_code", "channel", "received_on", "status", "closed_on", "registered_at")
                .staff("assignee", "registered_by").keys("id", "beneficiary_id", "version"));
        table("referral", "beneficiary_id = :person", "referrals", b -> b.versioned()
                .eraseTo("''", "reason").erase("outcome")
                .coded("status", "service_type", "sent_on", "follow_up_on", "closed_on", "created_at").staff("created_by")
                .keys("id", "beneficiary_id", "request_id", "partner_id", "directory_service_id", "version"));
        // A group's notes are about the others too: they go only when the person was the only participant.
        table("counselling_session", "id in (select p.session_id from counselling_session_participant p"
                + " where p.beneficiary_id = :person)", "counsellingSessions", b -> b.versioned()
                .eraseOnly("not exists (select 1 from counselling_session_participant o where o.session_id ="
                        + " counselling_session.id and o.beneficiary_id <> :person)")
                .erase("notes").coded("type", "held_on", "duration_minutes", "topic", "recorded_at")
                .staff("author").keys("id", "version"));
        table("counselling_session_participant", "beneficiary_id = :person", "counsellingSessions",
                b -> b.keys("session_id", "beneficiary_id"));
        table("appointment", "beneficiary_id = :person", "appointments", b -> b.versioned().erase("purpose")
                .coded("starts_at", "ends_at", "status", "booked_at").staff("staff", "booked_by")
                .keys("id", "beneficiary_id", "version"));
        table("walk_in", "beneficiary_id = :person", "walkIns", b -> b.versioned().erase("purpose")
                .coded("status", "arrived_at", "seen_at").staff("checked_in_by", "seen_by")
                .keys("id", "beneficiary_id", "version"));
        table("social_investigation", "beneficiary_id = :person", "socialInvestigations", b -> b.versioned()
                .keptWhen("status = 'COMPLETED'", COURT)
                .erase("findings", "conclusion", "cancel_reason").eraseTo("''", "requested_by")
                .coded("kind", "requested_on", "home_visit_on", "status", "closed_on", "created_at")
                .staff("created_by").keys("id", "beneficiary_id", "request_id", "version"));
        table("homeless_register_entry", "beneficiary_id = :person", "homelessRegister", b -> b.versioned()
                .eraseTo("''", "whereabouts").coded("situation", "registered_on", "status", "status_on", "created_at")
                .staff("created_by").keys("id", "beneficiary_id", "shelter_partner_id", "version"));
        table("goods_distribution", "beneficiary_id = :person", "goodsDistributions", b -> b.versioned()
                .erase("notes").coded("distributed_on", "programme", "recorded_at").staff("recorded_by")
                .keys("id", "beneficiary_id", "version"));
        table("goods_distribution_line", "distribution_id in (select d.id from goods_distribution d"
                + " where d.beneficiary_id = :person)", "goodsDistributions", b -> b.erase("description")
                .coded("kind", "quantity", "unit").keys("distribution_id", "line_no"));
        // The coordinator's retention decisions: a kept record's reason may name the person and goes at erasure;
        // the decision to erase is written after the erasure, so its reason (the coordinator's) stays.
        table("retention_decision", "beneficiary_id = :person", "retentionDecisions", b -> b
                .eraseTo("''", "reason").coded("decision", "review_on", "last_activity", "decided_at")
                .staff("decided_by").keys("id", "beneficiary_id"));
        // The documents the centre issued: the PDF names the person and goes; the register line (type, number,
        // date, the code's hash) names nobody and stays, so the protocol register keeps no gap and a holder can
        // still verify the document.
        table("issued_document", "beneficiary_id = :person", "issuedDocuments", b -> b.erase("pdf")
                .coded("type", "protocol_year", "protocol_number", "language", "issued_at")
                .staff("issued_by").keys("id", "beneficiary_id", "record_id", "verification_hash", "pdf_sha256"));
        table("protocol_register", null, null, b -> b.none("year", "last_number"));
        // Facts carry a keyed pseudonym and coded values only; the indicator feature forgets the kept ones at
        // erasure (ErasureStarting) and tells reporting-service to forget the pseudonym (PERSON_ERASED).
        table("indicator_outbox", null, "indicatorFacts", b -> b
                .coded("fact", "created_at").keys("id").trace("trace_parent"));
        table("indicator_fact_source", null, "indicatorFacts", b -> b
                .coded("fact").keys("fact_id", "source_id"));
        // Facts reporting refused, set aside with reporting's reason (coded words, never the person's); the
        // indicator feature deletes the person's at erasure with the kept facts.
        table("indicator_dead_letter", null, "indicatorFacts", b -> b
                .coded("fact", "reason", "refused_at").keys("id"));
        // The centre's own catalogues and diary: about no person.
        table("request_type", null, null, b -> b.none("code", "label_el", "label_en", "standard", "active",
                "version"));
        table("partner", null, null, b -> b.none("id", "name", "kind", "active", "version",
                // its Open Referral (HSDS) side: an organisation's, not a person's
                "organization_id", "organization_name", "organization_description", "description", "email", "phone",
                "eligibility_description", "minimum_age", "maximum_age"));
        // Where a partner's service is given and its contact points (a desk or an officer of the organisation at
        // work, never a person the centre serves).
        table("partner_location", null, null, b -> b.none("partner_id", "position", "id", "address", "city",
                "postal_code"));
        table("partner_contact", null, null, b -> b.none("partner_id", "position", "id", "name", "phone", "email"));
        // The areas a service covers: places, never a person.
        table("partner_service_area", null, null, b -> b.none("partner_id", "position", "id", "name", "description"));
        table("opening_hours", null, null, b -> b.none("id", "updated_at", "version").staff("updated_by"));
        table("opening_hours_day", null, null, b -> b.none("week_id", "day", "opens", "closes", "walk_in_from",
                "walk_in_to"));
        table("community_event", null, null, b -> b.none("id", "title", "held_on", "kind", "audience",
                "participants", "partners", "notes", "recorded_at", "version").staff("recorded_by"));
        // Mobile units (the field package): which places a visit list covered and the operation log of the field
        // kit hold ids, versions and field names, never values; a conflict keeps both values of the fields changed
        // on both sides, and the field package deletes the person's conflicts when the erasure starts.
        table("field_checkout", null, null, b -> b.none("id", "made_at", "places", "people", "requests", "bytes")
                .staff("made_by"));
        table("field_operation", null, null, b -> b.keys("op_id", "entity_id", "base_version", "result_id",
                "result_version", "conflict_id").none("kind", "made_at", "synced_at", "outcome", "merged_fields")
                .staff("made_by"));
        table("field_conflict", null, "identity", b -> b.erase("fields").keys("id", "op_id", "beneficiary_id",
                "base_version", "version").coded("made_at", "created_at", "status", "resolved_at", "choices")
                .staff("made_by", "resolved_by"));
    }

    private PersonalDataCatalogue() {
    }

    public static List<Table> tables() {
        return List.copyOf(TABLES.values());
    }

    public static Optional<Table> table(String name) {
        return Optional.ofNullable(TABLES.get(name));
    }

    /** The tables whose rows are found by person. */
    public static List<Table> personal() {
        return TABLES.values().stream().filter(t -> t.link() != null).toList();
    }

    private static void table(String name, String link, String category,
            java.util.function.UnaryOperator<Builder> columns) {
        TABLES.put(name, columns.apply(new Builder(name, link, category)).build());
    }

    /** Collects a table's columns; every name is decided once. */
    private static final class Builder {
        private final String name;
        private final String link;
        private final String category;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> onErasure = new ArrayList<>();
        private String eraseOnly;
        private String keptWhen;
        private String keptBecause;
        private boolean versioned;

        Builder(String name, String link, String category) {
            this.name = name;
            this.link = link;
            this.category = category;
        }

        Builder versioned() {
            versioned = true;
            return this;
        }

        Builder onErasure(String... assignments) {
            onErasure.addAll(List.of(assignments));
            return this;
        }

        Builder eraseOnly(String predicate) {
            eraseOnly = predicate;
            return this;
        }

        Builder keptWhen(String predicate, String because) {
            keptWhen = predicate;
            keptBecause = because;
            return this;
        }

        Builder erase(String... names) {
            return eraseTo("null", names);
        }

        /** For texts the schema requires: they become empty. */
        Builder eraseTo(String value, String... names) {
            return add(Decision.ERASE, "identifying or written about the person", value, names);
        }

        Builder coded(String... names) {
            return add(Decision.KEEP_CODED, CODED, null, names);
        }

        Builder byLaw(String why, String... names) {
            return add(Decision.KEPT_BY_LAW, why, null, names);
        }

        Builder staff(String... names) {
            return add(Decision.NOT_PERSONAL, STAFF, null, names);
        }

        Builder keys(String... names) {
            return add(Decision.NOT_PERSONAL, KEY, null, names);
        }

        /** Ids of a request's trace (random numbers of the tracing system): they name no person. */
        Builder trace(String... names) {
            return add(Decision.NOT_PERSONAL, "the trace id of the request that made the row", null, names);
        }

        Builder none(String... names) {
            return add(Decision.NOT_PERSONAL, "the centre's own data, about no person", null, names);
        }

        private Builder add(Decision decision, String why, String erasedTo, String... names) {
            for (String column : names) {
                if (columns.stream().anyMatch(c -> c.name().equals(column))) {
                    throw new IllegalStateException(name + "." + column + " is decided twice");
                }
                columns.add(new Column(column, decision, why, erasedTo));
            }
            return this;
        }

        Table build() {
            return new Table(name, link, eraseOnly, keptWhen, keptBecause, versioned, List.copyOf(onErasure),
                    category, List.copyOf(columns));
        }
    }
}
