package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
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
