package gr.kentra.cases.gdpr;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Properties of the catalogue over generated people with generated casework in every table about a person
 * ({@link GeneratedCasework}), in a fresh centre per round: the export holds every value of the person and none of
 * anyone else's; after the erasure none of the person's values is left in any column of the centre's schema (audit
 * reasons included) while the others' records stay whole; and no value of anyone ever reaches the log. Seeded: a
 * failure names the seed, and {@code -Dkentra.seed=N} replays it.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogueErasurePropertiesTest extends CaseServiceIntegrationTest {

    private static final int ROUNDS = 3;
    private static final AtomicInteger CENTRES = new AtomicInteger();
    private static final String BREAK_GLASS = "{\"reason\":\"Αίτημα πρόσβασης του ίδιου του προσώπου, άρθρο 15\"}";

    @Test
    void theExportHoldsExactlyThePersonsValuesAndAfterErasureNoneIsLeftAnywhere(CapturedOutput output)
            throws Exception {
        long seed = Long.getLong("kentra.seed", new SecureRandom().nextLong());
        try {
            Random random = new Random(seed);
            for (int round = 0; round < ROUNDS; round++) {
                round(random, output);
            }
        } catch (AssertionError | Exception e) {
            throw new AssertionError("seed " + seed + " (replay with -Dkentra.seed=" + seed + "): " + e.getMessage(),
                    e);
        }
    }

    private void round(Random random, CapturedOutput output) throws Exception {
        String tenant = "gdpr-property-" + CENTRES.incrementAndGet();
        String schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
        int count = 2 + random.nextInt(3);
        List<GeneratedCasework> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(GeneratedCasework.of(mvc, jdbc, tenant, i, random));
        }
        // A group session about the subject and another: its notes are neither's alone, so in no export.
        GeneratedCasework subject = people.get(random.nextInt(count));
        GeneratedCasework other = people.stream().filter(p -> p != subject).findFirst().orElseThrow();
        String groupNotes = "Ομάδα " + GeneratedCasework.word(random, 11) + ".";
        mvc.perform(as(tenant, "eleni", "psychologist", post("/api/sessions"), """
                {"type":"GROUP","date":"2026-02-12","durationMinutes":90,"participants":["%s","%s"],
                 "topic":"EMPLOYMENT_STRESS","notes":"%s"}""".formatted(subject.id, other.id, groupNotes)))
                .andExpect(status().isCreated());

        assertThat(PersonalDataCatalogue.personal()).as("every table about a person holds some of the subject's rows")
                .allSatisfy(table -> assertThat(jdbc.queryForObject(("select count(*) from " + table.name()
                        + " where " + table.link().replace(":person", "'" + subject.id + "'::uuid"))
                        .replaceAll("from (\\w+)", "from \"" + schema + "\".$1"), Long.class))
                        .as(table.name()).isPositive());
        for (GeneratedCasework person : people) {
            String export = export(tenant, person);
            assertThat(person.values).as("the person's values in their export").allSatisfy(v ->
                    assertThat(export).contains(v));
            List<String> others = new ArrayList<>(List.of(groupNotes));
            people.stream().filter(p -> p != person).forEach(p -> others.addAll(p.values));
            assertThat(others).as("nobody else's values in the export").allSatisfy(v ->
                    assertThat(export).doesNotContain(v));
        }

        mvc.perform(as(tenant, "maria", "coordinator", delete("/api/beneficiaries/{id}", subject.id),
                        "{\"reason\":\"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ\"}"))
                .andExpect(status().is2xxSuccessful());

        Map<String, List<String>> rows = schemaRows(schema);
        List<String> left = new ArrayList<>();
        rows.forEach((table, texts) -> subject.values.stream()
                .filter(v -> texts.stream().anyMatch(row -> row.contains(v))).forEach(v -> left.add(table + ": " + v)));
        assertThat(left).as("the erased person's values left in the centre's schema").isEmpty();
        for (GeneratedCasework person : people) {
            if (person != subject) {
                String export = export(tenant, person);
                assertThat(person.values).as("the others' records stay whole").allSatisfy(v ->
                        assertThat(export).contains(v));
            }
        }
        assertThat(rows.get("counselling_session")).as("a group's notes are about the others too: they stay")
                .anyMatch(r -> r.contains(groupNotes));
        String logged = output.getAll();
        people.forEach(person -> assertThat(person.values).as("values in the log").allSatisfy(v ->
                assertThat(logged).doesNotContain(v)));
    }

    /** The break-glass export: everything the person has a right to, the notes of their own sessions included. */
    private String export(String tenant, GeneratedCasework person) throws Exception {
        return mvc.perform(as(tenant, "maria", "coordinator", post("/api/beneficiaries/{b}/export/break-glass",
                        person.id), BREAK_GLASS)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every row of every table of the schema, as PostgreSQL prints a row, by table. */
    private Map<String, List<String>> schemaRows(String schema) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = ?"
                + " and table_type = 'BASE TABLE'", String.class, schema)) {
            rows.put(table, jdbc.queryForList("select t::text from \"" + schema + "\".\"" + table + "\" t",
                    String.class));
        }
        return rows;
    }
}
