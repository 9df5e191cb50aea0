package gr.kentra.cases.beneficiary;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import gr.kentra.cases.beneficiary.names.Elot743;
import gr.kentra.cases.beneficiary.names.PhoneticNames;
import gr.kentra.cases.beneficiary.names.SearchText;
import gr.kentra.cases.beneficiary.registration.Beneficiary;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A centre's registry at realistic size for search tests and benchmarks: common Greek names generated from
 * a fixed seed, plus a few planted people with rarer names whose searches have one right answer. Rows are
 * written in bulk with the same search text and phonetic key the service computes on registration.
 */
final class SearchPopulation {

    record Person(UUID id, String firstName, String lastName, String gender) {
    }

    private static final String[] MALE_FIRST = {"Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος",
        "Παναγιώτης", "Βασίλειος", "Χρήστος", "Αθανάσιος", "Μιχαήλ", "Ευάγγελος", "Σπυρίδων", "Αντώνιος",
        "Ανδρέας", "Ηλίας", "Θεόδωρος", "Εμμανουήλ", "Σταύρος", "Αλέξανδρος", "Πέτρος"};
    private static final String[] FEMALE_FIRST = {"Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία",
        "Αγγελική", "Γεωργία", "Δήμητρα", "Κωνσταντίνα", "Παρασκευή", "Ιωάννα", "Ευαγγελία", "Χριστίνα",
        "Αναστασία", "Ειρήνη", "Παναγιώτα", "Θεοδώρα", "Αθηνά", "Σταυρούλα", "Δέσποινα"};
    /** Surnames as {male, female} forms. */
    private static final String[][] SURNAMES = {{"Παπαδόπουλος", "Παπαδοπούλου"}, {"Γεωργίου", "Γεωργίου"},
        {"Οικονόμου", "Οικονόμου"}, {"Παπαγεωργίου", "Παπαγεωργίου"}, {"Νικολάου", "Νικολάου"},
        {"Ιωάννου", "Ιωάννου"}, {"Βασιλείου", "Βασιλείου"}, {"Κωνσταντίνου", "Κωνσταντίνου"},
        {"Δημητρίου", "Δημητρίου"}, {"Παπανικολάου", "Παπανικολάου"}, {"Μακρής", "Μακρή"},
        {"Αθανασίου", "Αθανασίου"}, {"Παππάς", "Παππά"}, {"Αντωνίου", "Αντωνίου"}, {"Χριστοδούλου", "Χριστοδούλου"},
        {"Γεωργιάδης", "Γεωργιάδου"}, {"Καραγιάννης", "Καραγιάννη"}, {"Πετρόπουλος", "Πετροπούλου"},
        {"Αλεξίου", "Αλεξίου"}, {"Μιχαηλίδης", "Μιχαηλίδου"}, {"Ευαγγέλου", "Ευαγγέλου"}, {"Σταυρόπουλος",
            "Σταυροπούλου"}, {"Λαμπρόπουλος", "Λαμπροπούλου"}, {"Κυριακίδης", "Κυριακίδου"}, {"Αναστασίου",
            "Αναστασίου"}, {"Ζαχαρίου", "Ζαχαρίου"}, {"Παναγιωτόπουλος",
            "Παναγιωτοπούλου"}, {"Σιδηρόπουλος", "Σιδηροπούλου"}, {"Μαυρίδης", "Μαυρίδου"}, {"Τσακίρης", "Τσακίρη"}};

    /** People with rarer names, planted so that each test query has one expected top hit. */
    static final List<Person> PLANTED = List.of(
            person("Ευθύμιος", "Χατζηδάκης", "MALE"),
            person("Ζωή", "Καραμανλή", "FEMALE"),
            person("Φώτιος", "Θεοδωρακόπουλος", "MALE"),
            person("Ξανθή", "Ψαρουδάκη", "FEMALE"),
            person("Άγγελος", "Μπουρλάκης", "MALE"),
            person("Χαρίκλεια", "Ντόκου", "FEMALE"),
            person("Ορέστης", "Ευαγγελάτος", "MALE"),
            person("Πηνελόπη", "Γκιουζέλη", "FEMALE"),
            person("Λεωνίδας", "Τσιτσιπάς", "MALE"),
            person("Ραλλού", "Κεφαλογιάννη", "FEMALE"),
            // for the spellings people type (SearchQualityTest.SPELLINGS): formal first names, rarer surnames
            person("Χαράλαμπος", "Σγουρόπουλος", "MALE"),
            person("Κωνσταντίνος", "Ντελής", "MALE"),
            person("Αικατερίνη", "Μπενάκη", "FEMALE"),
            person("Δημήτριος", "Θεοχάρης", "MALE"),
            person("Γεώργιος", "Γιαννόπουλος", "MALE"),
            person("Θεόδωρος", "Αγγελόπουλος", "MALE"),
            person("Ερμιόνη", "Ιωάννου", "FEMALE"),
            person("Ευάγγελος", "Μαυροειδής", "MALE"),
            person("Παναγιώτα", "Χριστοφιλοπούλου", "FEMALE"),
            person("Σπυρίδων", "Ζαφειρόπουλος", "MALE"),
            person("Αναστάσιος", "Κουτσογιάννης", "MALE"),
            person("Μιχαήλ", "Τζαννετάκης", "MALE"),
            person("Ελευθέριος", "Μπαλτατζής", "MALE"),
            person("Εμμανουήλ", "Ξενάκης", "MALE"),
            person("Ειρήνη", "Ψυχογιού", "FEMALE"),
            person("Γρηγόριος", "Ντουνιάς", "MALE"),
            person("Ευθυμία", "Χατζηδάκη", "FEMALE"));

    /** The platform benchmark's names (PlatformLoadBenchmarkIT): person n is FIRST[n % 20] LAST[(n / 20 + n) % 30]. */
    private static final String[] PLATFORM_FIRST = {"Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος",
        "Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Παναγιώτης", "Χρήστος", "Ευάγγελος",
        "Αναστασία", "Ειρήνη", "Δέσποινα", "Σταύρος", "Αθηνά", "Πέτρος"};
    private static final String[] PLATFORM_LAST = {"Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Παπαγεωργίου", "Νικολάου",
        "Ιωάννου", "Βασιλείου", "Κωνσταντίνου", "Δημητρίου", "Παπανικολάου", "Μακρής", "Αθανασίου", "Παππάς",
        "Αντωνίου", "Χριστοδούλου", "Γεωργιάδης", "Καραγιάννης", "Πετρόπουλος", "Αλεξίου", "Μιχαηλίδης",
        "Ευαγγέλου", "Σταυρόπουλος", "Λαμπρόπουλος", "Κυριακίδης", "Ζαχαρίου", "Σιδηρόπουλος", "Μαυρίδης",
        "Τσακίρης", "Χατζηδάκης", "Ψαρουδάκης"};
    /** The platform benchmark's 16 search queries, in its order (three of them take the ranked path there). */
    static final List<String> PLATFORM_QUERIES = List.of("Παπαδόπουλος", "papadopoulos", "Γεωργίου", "maria",
            "Νικόλαος Παπα", "ioannou", "Ελένη Μακρή", "Χατζηδάκης", "psaroudakis", "papadopulos", "Σταυρούλα",
            "Κυριακιδης", "tsakiris", "Αθηνά Ζαχαρίου", "lampropoulos", "Μαυρίδη");

    /** The platform benchmark's 400 registrations, to be copied by {@link #fillRepeating}. */
    static List<Person> platformBenchmarkPeople() {
        List<Person> people = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            people.add(new Person(null, PLATFORM_FIRST[n % PLATFORM_FIRST.length],
                    PLATFORM_LAST[(n / PLATFORM_FIRST.length + n) % PLATFORM_LAST.length],
                    n % 2 == 0 ? "FEMALE" : "MALE"));
        }
        return people;
    }

    private SearchPopulation() {
    }

    private static Person person(String first, String last, String gender) {
        return new Person(UUID.nameUUIDFromBytes((first + " " + last).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                first, last, gender);
    }

    /** Writes {@code size} people (the planted ones included) into the tenant's schema. */
    static void fill(JdbcTemplate jdbc, TenantId tenant, int size) {
        Random random = new Random(20261125L);
        List<Person> people = people(random, size);
        List<Object[]> rows = new ArrayList<>(people.size());
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T08:00:00Z"));
        for (Person p : people) {
            rows.add(row(p, p.id(), Date.valueOf(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000))), now));
        }
        insert(jdbc, tenant, rows);
    }

    /**
     * A registry whose names repeat as in the platform benchmark (people registered once, then copied): each of
     * {@code people} written {@code copies} times with new ids and dates of birth but the same registration time,
     * so that only the ranking's last tie-break, the id, orders the copies.
     */
    static void fillRepeating(JdbcTemplate jdbc, TenantId tenant, List<Person> people, int copies) {
        Random random = new Random(20261207L);
        List<Object[]> rows = new ArrayList<>(people.size() * copies);
        Instant first = Instant.parse("2026-12-01T08:00:00Z");
        for (int n = 0; n < people.size(); n++) {
            Timestamp registered = Timestamp.from(first.plusSeconds(37L * n));
            for (int copy = 0; copy < copies; copy++) {
                rows.add(row(people.get(n), new UUID(random.nextLong(), random.nextLong()),
                        Date.valueOf(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000))), registered));
            }
        }
        insert(jdbc, tenant, rows);
    }

    private static List<Person> people(Random random, int size) {
        List<Person> people = new ArrayList<>(PLANTED);
        while (people.size() < size) {
            boolean female = random.nextBoolean();
            String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String first = female ? FEMALE_FIRST[random.nextInt(FEMALE_FIRST.length)]
                    : MALE_FIRST[random.nextInt(MALE_FIRST.length)];
            people.add(new Person(new UUID(random.nextLong(), random.nextLong()), first,
                    female ? surname[1] : surname[0], female ? "FEMALE" : "MALE"));
        }
        return people;
    }

    /** The columns {@link #insert} writes, with the search text and phonetic key the service computes. */
    private static Object[] row(Person p, UUID id, Date dateOfBirth, Timestamp registeredAt) {
        String latinFirst = Elot743.transliterate(p.firstName());
        String latinLast = Elot743.transliterate(p.lastName());
        return new Object[] {id, p.firstName(), p.lastName(), latinFirst, latinLast, dateOfBirth, p.gender(),
            SearchText.of(p.firstName(), p.lastName(), latinFirst, latinLast),
            Beneficiary.normalisedName(p.firstName(), p.lastName()),
            PhoneticNames.of(p.firstName(), p.lastName(), latinFirst, latinLast), registeredAt};
    }

    private static void insert(JdbcTemplate jdbc, TenantId tenant, List<Object[]> rows) {
        jdbc.batchUpdate("insert into " + tenant.quotedSchemaName() + ".beneficiary (id, first_name, last_name,"
                + " latin_first_name, latin_last_name, date_of_birth, gender, search_text, normalised_name,"
                + " phonetic_key, registered_at, registered_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator', 0)",
                rows);
        jdbc.execute("analyze " + tenant.quotedSchemaName() + ".beneficiary");
    }
}
