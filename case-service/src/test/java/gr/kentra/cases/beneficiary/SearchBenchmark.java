package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.beneficiary.names.PhoneticKey;
import gr.kentra.cases.beneficiary.names.SearchText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search latency over the 20,000-person registry, through the whole request path (token check, tenant
 * schema, search, one audit line per person shown). Not part of {@code verify}: run with
 * {@code ./mvnw -pl case-service test -Dkentra.excluded-test-groups=none -Dtest=SearchBenchmark}.
 * It prints the figures for BENCHMARKS.md and fails only if the search stopped answering.
 */
@Tag("benchmark")
class SearchBenchmark extends CaseServiceIntegrationTest {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 2_000;

    @Test
    void measuresSearchLatency() throws Exception {
        SearchFixture.ensure(this, jdbc);
        List<String> queries = new ArrayList<>(SearchQualityTest.QUERIES.keySet());
        queries.addAll(SearchQualityTest.SPELLINGS.keySet());
        queries.addAll(List.of("Παπαδόπουλος", "papadopoulou", "Γεωργίου", "maria", "Νίκος Παπα", "ioannou"));
        queries.addAll(jdbc.queryForList("select amka from " + gr.kentra.commons.tenant.TenantId.of(SearchQualityTest.CENTRE).quotedSchemaName() + ".beneficiary where amka is not null"
                + " order by id limit 20", String.class));
        for (int i = 0; i < WARM_UP; i++) {
            search(queries.get(i % queries.size()));
        }
        long[] nanos = new long[MEASURED];
        java.util.Map<String, Long> slowest = new java.util.HashMap<>();
        java.util.Map<String, Long> fastest = new java.util.HashMap<>();
        for (int i = 0; i < MEASURED; i++) {
            String query = queries.get(i % queries.size());
            long start = System.nanoTime();
            search(query);
            nanos[i] = System.nanoTime() - start;
            slowest.merge(query, nanos[i], Math::max);
            fastest.merge(query, nanos[i], Math::min);
        }
        Arrays.sort(nanos);
        System.out.printf("search over %,d people, %d requests (%d distinct queries, page size 20):"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", SearchQualityTest.POPULATION,
                MEASURED, queries.size(), millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99),
                nanos[MEASURED - 1] / 1e6);
        slowest.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("  slowest: '%s' %.1f ms%n", e.getKey(), e.getValue() / 1e6));
        fastest.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).limit(3)
                .forEach(e -> System.out.printf("  fastest: '%s' %.1f ms%n", e.getKey(), e.getValue() / 1e6));
        assertThat(nanos[0]).isPositive();
        System.out.println(plan("Mpampis Sgouropoylos"));
    }

    /**
     * The database's plan and time for the sound part of a search (the same conditions BeneficiarySearch builds,
     * with sequential scans off as it sets them): which index it reads, how many buffers, how long.
     */
    private String plan(String query) {
        List<String> conditions = new ArrayList<>();
        List<String> words = PhoneticKey.words(query);
        for (int i = 0; i < words.size(); i++) {
            java.util.Set<String> keys = new java.util.LinkedHashSet<>(PhoneticKey.ofWord(words.get(i)));
            if (i == words.size() - 1) {
                keys.addAll(PhoneticKey.ofWord(words.get(i).substring(0, words.get(i).length() - 1)));
            }
            conditions.add("b.phonetic_key ~ '(^| )(" + String.join("|", keys) + ")'");
        }
        String sounds = "(" + String.join(" and ", conditions) + ")";
        String normalised = SearchText.normalise(query);
        String sql = "explain (analyze, buffers) select b.id, count(*) over () from "
                + gr.kentra.commons.tenant.TenantId.of(SearchQualityTest.CENTRE).quotedSchemaName() + ".beneficiary b"
                + " where b.search_text like '%" + normalised + "%' or " + sounds
                + " or '" + normalised + "' operator(extensions.<%) b.search_text"
                + " order by case when b.search_text like '%" + normalised + "%' then 0 when " + sounds
                + " then 1 else 2 end, extensions.word_similarity('" + PhoneticKey.of(query) + "', b.phonetic_key) desc,"
                + " extensions.word_similarity('" + normalised + "', b.search_text) desc limit 20";
        return jdbc.execute((java.sql.Connection connection) -> {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set local enable_seqscan = off");
                var rows = statement.executeQuery(sql);
                StringBuilder lines = new StringBuilder("plan of '" + query + "':\n");
                while (rows.next()) {
                    lines.append("  ").append(rows.getString(1)).append('\n');
                }
                return lines.toString();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }

    private void search(String query) throws Exception {
        mvc.perform(get("/api/beneficiaries").param("q", query).param("size", "20")
                        .header("X-Kentra-Tenant", SearchQualityTest.CENTRE)
                        .with(socialWorkerOf(SearchQualityTest.CENTRE)))
                .andExpect(status().isOk());
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
