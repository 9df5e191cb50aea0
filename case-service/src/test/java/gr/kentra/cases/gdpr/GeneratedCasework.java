package gr.kentra.cases.gdpr;

import static gr.kentra.cases.NamedStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A generated person with generated casework in every table of the catalogue about a person, written through the
 * API as staff would (and a retention decision by SQL: the API takes one only for a record years old). Every name,
 * identifier, contact detail and free text is unique to the person, so that finding it anywhere says whose it is.
 * {@code values} are all of them; each is the person's to see in their export and goes at their erasure.
 */
final class GeneratedCasework {

    private static final String LETTERS = "αβγδεζηθικλμνξοπρτυφχψω";
    private static final Locale GREEK = Locale.forLanguageTag("el");

    final String id;
    final List<String> values = new ArrayList<>();

    private GeneratedCasework(String id) {
        this.id = id;
    }

    /** The {@code index}-th person of a centre: its appointment falls on a working day of its own. */
    static GeneratedCasework of(MockMvc mvc, JdbcTemplate jdbc, String tenant, int index, Random random)
            throws Exception {
        LocalDate born = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String firstName = name(random);
        String lastName = name(random);
        String amka = amka(born, random);
        String afm = afm(random);
        String document = "ΑΚ " + digits(random, 6);
        String phone = "69" + digits(random, 8);
        String email = latin(random, 10) + "@example.gr";
        String address = "Οδός " + name(random) + " " + (1 + random.nextInt(200)) + ", " + name(random);
        String created = body(mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries"), """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"%s","amka":"%s","afm":"%s",
                 "citizenship":"GR","idDocumentNumber":"%s","phone":"%s","email":"%s","address":"%s"%s}"""
                .formatted(firstName, lastName, born, random.nextBoolean() ? "FEMALE" : "MALE", amka, afm, document,
                        phone, email, address, random.nextBoolean() ? "" : """
                        ,"consent":{"given":true,"date":"2026-01-15","legalBasis":"CONSENT"}"""))), 201);
        GeneratedCasework person = new GeneratedCasework(JsonPath.read(created, "$.id"));
        person.values.addAll(List.of(firstName, lastName, JsonPath.read(created, "$.latinFirstName"),
                JsonPath.read(created, "$.latinLastName"), amka, afm, document, phone, email, address));
        person.casework(mvc, jdbc, tenant, index, random, lastName);
        return person;
    }

    private void casework(MockMvc mvc, JdbcTemplate jdbc, String tenant, int index, Random random, String lastName)
            throws Exception {
        String p = id;
        ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries/{b}/household", p), """
                {"relation":"CHILD","yearOfBirth":%d,"employmentStatus":"INACTIVE_IN_EDUCATION","disability":%b}"""
                .formatted(2005 + random.nextInt(15), random.nextBoolean()))), 201);
        ok(mvc.perform(as(tenant, "maria", "social-worker", put("/api/beneficiaries/{b}/social-history", p),
                "{\"text\":\"%s\",\"version\":0}".formatted(text(random)))), 200);
        ok(mvc.perform(as(tenant, "maria", "social-worker", put("/api/beneficiaries/{b}/profile", p), """
                {"employmentStatus":"LONG_TERM_UNEMPLOYED","unemploymentMonths":%d,"iscedLevel":3,
                 "housingSituation":"HOUSING_EXCLUSION","singleParent":%b,"roma":%b,"version":null}"""
                .formatted(1 + random.nextInt(40), random.nextBoolean(), random.nextBoolean()))), 200);
        ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/beneficiaries/{b}/assessments", p), """
                {"needs":["FOOD"],"priority":"HIGH","date":"2026-01-16","notes":"%s"}""".formatted(text(random)))),
                201);
        String request = JsonPath.read(ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"HOUSING_ALLOWANCE","channel":"WALK_IN","receivedOn":"2026-01-16",
                 "description":"%s"}""".formatted(p, text(random)))), 201), "$.id");
        ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/requests/{r}/transitions", request),
                "{\"to\":\"IN_PROGRESS\",\"version\":0}")), 200);
        ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/requests/{r}/transitions", request),
                "{\"to\":\"COMPLETED\",\"outcome\":\"%s\",\"version\":1}".formatted(text(random)))), 200);
        String partners = ok(mvc.perform(as(tenant, "maria", "social-worker", get("/api/partners")
                .param("kind", "MUNICIPAL_SOCIAL_GROCERY"), null)), 200);
        ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/referrals"), """
                {"beneficiaryId":"%s","partnerId":"%s","reason":"%s","sentOn":"2026-01-20"}"""
                .formatted(p, JsonPath.read(partners, "$[0].id"), text(random)))), 201);
        ok(mvc.perform(as(tenant, "eleni", "psychologist", post("/api/sessions"), """
                {"type":"INDIVIDUAL","date":"2026-02-10","durationMinutes":50,"participants":["%s"],
                 "topic":"ANXIETY_DEPRESSION","notes":"%s"}""".formatted(p, text(random)))), 201);
        // A working day of its own (Monday 6 January 2031 onwards), so that no two people share eleni's slot.
        LocalDate day = LocalDate.of(2031, 1, 6).plusWeeks(index / 5).plusDays(index % 5);
        ok(mvc.perform(as(tenant, "anna", "admin-staff", post("/api/appointments"), """
                {"staff":"eleni","beneficiary":"%s","start":"%sT13:30","end":"%sT14:15","purpose":"%s"}"""
                .formatted(p, day, day, text(random)))), 201);
        String court = "Ειρηνοδικείο " + name(random);
        values.add(court);
        String investigation = JsonPath.read(ok(mvc.perform(as(tenant, "maria", "social-worker",
                post("/api/investigations"), """
                {"beneficiaryId":"%s","kind":"HOUSEHOLD_COMPOSITION","requestedBy":"%s","requestedOn":"2026-02-02",
                 "homeVisitOn":"2026-02-09"}""".formatted(p, court))), 201), "$.id");
        ok(mvc.perform(as(tenant, "maria", "social-worker", put("/api/investigations/{i}", investigation), """
                {"kind":"HOUSEHOLD_COMPOSITION","requestedBy":"%s","requestedOn":"2026-02-02","homeVisitOn":"2026-02-09",
                 "findings":"%s","conclusion":"%s","version":0}""".formatted(court, text(random), text(random)))), 200);
        ok(mvc.perform(as(tenant, "maria", "social-worker", post("/api/homeless-register"), """
                {"beneficiaryId":"%s","situation":"ROOFLESS","registeredOn":"2026-02-01","whereabouts":"%s"}"""
                .formatted(p, text(random)))), 201);
        ok(mvc.perform(as(tenant, "anna", "admin-staff", post("/api/walk-ins"), """
                {"beneficiaryId":"%s","purpose":"%s"}""".formatted(p, text(random)))), 201);
        // An attestation of registration: its PDF names the person (erased), its register line does not.
        ok(mvc.perform(as(tenant, "anna", "admin-staff", post("/api/beneficiaries/{b}/documents", p),
                "{\"type\":\"REGISTRATION_ATTESTATION\"}")), 201);
        ok(mvc.perform(as(tenant, "anna", "admin-staff", post("/api/distributions"), """
                {"beneficiaryId":"%s","date":"2026-02-03","programme":"TEBA_FEAD","notes":"%s",
                 "lines":[{"kind":"FOOD","description":"%s","quantity":%d,"unit":"PIECES"}]}"""
                .formatted(p, text(random), text(random), 1 + random.nextInt(9)))), 201);
        // A read audited with a reason that names the person, as staff do type.
        String reason = "Τηλεφώνησε η κυρία " + lastName + " για " + text(random);
        values.add(reason);
        ok(mvc.perform(as(tenant, "maria", "coordinator", get("/api/beneficiaries/{b}", p), null)
                .header("X-Kentra-Reason", URLEncoder.encode(reason, StandardCharsets.UTF_8))), 200);
        String kept = "Διατήρηση για την υπόθεση " + lastName + " " + text(random);
        values.add(kept);
        jdbc.update("insert into t_" + tenant.replace('-', '_') + ".retention_decision (id, beneficiary_id, decision,"
                + " reason, review_on, last_activity, decided_by, decided_at) values (gen_random_uuid(), ?::uuid, 'KEEP',"
                + " ?, current_date + 30, current_date - 2000, 'maria', now())", p, kept);
    }

    /** A free text unique to the person, remembered as theirs. */
    private String text(Random random) {
        String text = "Σημείωση " + word(random, 9) + " " + word(random, 7) + ".";
        values.add(text);
        return text;
    }

    static String word(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private static String name(Random random) {
        String word = word(random, 9);
        return word.substring(0, 1).toUpperCase(GREEK) + word.substring(1);
    }

    private static String latin(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** DDMMYY of the birth date, four digits, and the Luhn check digit. */
    private static String amka(LocalDate born, Random random) {
        String payload = "%02d%02d%02d".formatted(born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100)
                + digits(random, 4);
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return payload + (10 - sum % 10) % 10;
    }

    /** Eight digits (not all zero) and the check digit: (Σ d_i·2^(9-i)) mod 11 mod 10. */
    private static String afm(Random random) {
        String payload = "1" + digits(random, 7);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (payload.charAt(i) - '0') << (8 - i);
        }
        return payload + (sum % 11) % 10;
    }

    private static String body(ResultActions actions, int status) throws Exception {
        return actions.andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String ok(ResultActions actions, int status) throws Exception {
        return body(actions, status);
    }
}
