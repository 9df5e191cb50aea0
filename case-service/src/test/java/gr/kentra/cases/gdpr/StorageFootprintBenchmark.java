package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures what a person costs in a centre's schema, for deploy/SCALING.md's sizing: generated people with a row in
 * every table about a person ({@link GeneratedCasework}: registration with every identifier, household, social
 * history, profile, assessment, a request taken to completion, referral, counselling session, appointment, social
 * investigation, homeless register, walk-in, distribution, an audited read), written through the API. Sizes are
 * PostgreSQL's own (pg_total_relation_size: heap, TOAST and indexes, dead rows of updates included) and taken as the
 * growth between two halves of the run, so the pages a nearly empty table starts with do not count. A benchmark, not
 * part of {@code ./mvnw verify}:
 * {@code ./mvnw -pl case-service -am test -Dtest=StorageFootprintBenchmark -Dkentra.footprint=true
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dkentra.footprint.people=100]}; figures in target/footprint.json.
 */
@EnabledIfSystemProperty(named = "kentra.footprint", matches = "true")
class StorageFootprintBenchmark extends CaseServiceIntegrationTest {

    private record Size(long bytes, long rows) {
    }

    @Test
    void measuresTheBytesOfAPersonsRecordOfAnAuditLineAndOfAnOutboxFact() throws Exception {
        int half = Integer.getInteger("kentra.footprint.people", 100) / 2;
        String tenant = "footprint-" + System.nanoTime() % 100_000;
        String schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
        Random random = new Random(20261206L);
        for (int i = 0; i < half; i++) {
            GeneratedCasework.of(mvc, jdbc, tenant, i, random);
        }
        Map<String, Size> middle = sizes(schema);
        for (int i = half; i < 2 * half; i++) {
            GeneratedCasework.of(mvc, jdbc, tenant, i, random);
        }
        Map<String, Size> end = sizes(schema);

        Map<String, Long> perPerson = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Size> table : end.entrySet()) {
            long grown = table.getValue().bytes() - middle.getOrDefault(table.getKey(), new Size(0, 0)).bytes();
            perPerson.put(table.getKey(), grown / half);
            total += grown;
        }
        Size auditBefore = middle.get("audit_event");
        Size auditAfter = end.get("audit_event");
        long auditLines = auditAfter.rows() - auditBefore.rows();
        long facts = end.get("indicator_outbox").rows() - middle.get("indicator_outbox").rows();
        long factBytes = end.get("indicator_outbox").bytes() - middle.get("indicator_outbox").bytes();

        List<String> lines = new ArrayList<>();
        lines.add("\"people\": " + 2 * half);
        lines.add("\"bytesPerPersonWithFullCasework\": " + total / half);
        lines.add("\"bytesPerPersonRegistration\": " + (perPerson.get("beneficiary")));
        lines.add("\"auditLinesPerPerson\": " + auditLines / half);
        lines.add("\"bytesPerAuditLine\": " + (auditAfter.bytes() - auditBefore.bytes()) / Math.max(1, auditLines));
        lines.add("\"outboxFactsPerPerson\": " + facts / half);
        lines.add("\"bytesPerOutboxFact\": " + factBytes / Math.max(1, facts));
        StringBuilder tables = new StringBuilder();
        perPerson.forEach((table, bytes) -> tables.append(tables.isEmpty() ? "" : ", ")
                .append('"').append(table).append("\": ").append(bytes));
        lines.add("\"bytesPerPersonByTable\": {" + tables + "}");
        String json = "{\n  " + String.join(",\n  ", lines) + "\n}\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "footprint.json"), json);
        System.out.println("STORAGE_FOOTPRINT " + json);

        assertThat(total).as("the centre's schema grew with its people").isPositive();
        assertThat(auditLines).as("every write and read of the casework is audited").isGreaterThanOrEqualTo(half);
    }

    /** Every table of the schema: its total size (heap, TOAST, indexes) and its exact row count. */
    private Map<String, Size> sizes(String schema) {
        Map<String, Size> sizes = new TreeMap<>();
        List<Map<String, Object>> tables = jdbc.queryForList("""
                select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relkind = 'r'""", schema);
        for (Map<String, Object> table : tables) {
            String name = (String) table.get("name");
            Long rows = jdbc.queryForObject("select count(*) from \"" + schema + "\".\"" + name + "\"", Long.class);
            sizes.put(name, new Size(((Number) table.get("bytes")).longValue(), rows == null ? 0 : rows));
        }
        return sizes;
    }
}
