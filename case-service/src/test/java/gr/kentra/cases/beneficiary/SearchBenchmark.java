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
    /** A centre shaped like the platform benchmark's search centre. */
    private static final String PLATFORM_CENTRE = "search-platform";

    @org.springframework.beans.factory.annotation.Autowired
    private jakarta.persistence.EntityManagerFactory factory;

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
     * Each of the platform benchmark's 16 queries over a centre shaped like its search centre (its 400 registrations
     * copied to 20,000 people): per query, which SQL ran (the plain substring page alone, or the ranked query after
     * it), its round trips and statements, and its own p50 / p95 through the request path, the queries interleaved
     * as the platform benchmark sends them. With {@code -Dkentra.search.dump=FILE} the centre's rows are also written
     * there (tab-separated) for EXPLAIN runs against a standalone PostgreSQL.
     */
    @Test
    void measuresEachQueryOfThePlatformBenchmark() throws Exception {
        gr.kentra.commons.tenant.TenantId centre = gr.kentra.commons.tenant.TenantId.of(PLATFORM_CENTRE);
        provision(centre.value());
        Integer people = jdbc.queryForObject("select count(*) from " + centre.quotedSchemaName() + ".beneficiary",
                Integer.class);
        if (people == null || people == 0) {
            SearchPopulation.fillRepeating(jdbc, centre, SearchPopulation.platformBenchmarkPeople(), 50);
        }
        dump(centre);
        List<String> queries = SearchPopulation.PLATFORM_QUERIES;
        for (int i = 0; i < WARM_UP; i++) {
            search(PLATFORM_CENTRE, queries.get(i % queries.size()));
        }
        java.util.Map<String, String> costs = new java.util.LinkedHashMap<>();
        for (String query : queries) {
            DatabaseCosts.Costs cost = DatabaseCosts.of(factory, () -> {
                search(PLATFORM_CENTRE, query);
                return null;
            });
            boolean ranked = cost.trace().stream().anyMatch(line -> line.contains("with m as materialized"));
            costs.put(query, (ranked ? "ranked" : "plain ") + ", " + cost.roundTrips() + " round trips, "
                    + cost.statements() + " statements");
        }
        int rounds = Integer.getInteger("kentra.search.rounds", 150);
        java.util.Map<String, long[]> nanos = new java.util.LinkedHashMap<>();
        queries.forEach(query -> nanos.put(query, new long[rounds]));
        long[] all = new long[rounds * queries.size()];
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < queries.size(); q++) {
                long start = System.nanoTime();
                search(PLATFORM_CENTRE, queries.get(q));
                long took = System.nanoTime() - start;
                nanos.get(queries.get(q))[round] = took;
                all[round * queries.size() + q] = took;
            }
        }
        Arrays.sort(all);
        System.out.printf("platform-shaped search, %d rounds of %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                rounds, queries.size(), millis(all, 0.50), millis(all, 0.95), millis(all, 0.99));
        nanos.forEach((query, times) -> {
            Arrays.sort(times);
            System.out.printf("  %-16s p50 %6.2f ms  p95 %6.2f ms  %s%n", "'" + query + "'", millis(times, 0.50),
                    millis(times, 0.95), costs.get(query));
        });
        assertThat(all[0]).isPositive();
    }

    private void dump(gr.kentra.commons.tenant.TenantId centre) throws java.io.IOException {
        String file = System.getProperty("kentra.search.dump");
        if (file == null) {
            return;
        }
        List<String> lines = jdbc.query("select id, search_text, coalesce(phonetic_key, '\\N'), registered_at"
                + " from " + centre.quotedSchemaName() + ".beneficiary", (rs, n) -> rs.getString(1) + "\t"
                + rs.getString(2) + "\t" + rs.getString(3) + "\t" + rs.getString(4));
        java.nio.file.Files.write(java.nio.file.Path.of(file), lines);
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
        search(SearchQualityTest.CENTRE, query);
    }

    private void search(String centre, String query) throws Exception {
        mvc.perform(get("/api/beneficiaries").param("q", query).param("size", "20")
                        .header("X-Kentra-Tenant", centre).with(socialWorkerOf(centre)))
                .andExpect(status().isOk());
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
