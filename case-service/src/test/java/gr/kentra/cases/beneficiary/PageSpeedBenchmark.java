package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The staff pages' server time with 20,000 people in the centre (the search benchmark's population, plus 3,000
 * requests so the lists and the home page have work to show): search as you type (the header box's suggestions,
 * typed one letter at a time), the home page and each part htmx loads into it, the record card and its parts, the
 * timeline, and every list. Straight to case-service in-process (MockMvc: the token check, tenant schema, query,
 * audit and Thymeleaf rendering; no gateway, no socket). Not part of {@code verify}: run with
 * {@code ./mvnw -pl case-service test -Dkentra.excluded-test-groups=none -Dtest=PageSpeedBenchmark}.
 * It prints a table for BENCHMARKS.md and fails only if a page stopped answering 200.
 */
@Tag("benchmark")
class PageSpeedBenchmark extends CaseServiceIntegrationTest {

    private static final String CENTRE = SearchQualityTest.CENTRE;
    private static final long SEED = Long.getLong("kentra.bench.seed", 20261206L);
    private static final int REQUESTS = 3_000;
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup", 30);
    private static final int MEASURED = Integer.getInteger("kentra.bench.measured", 200);
    /** What people type in the box, letter by letter (Greek, Latin, an AMKA's start). */
    private static final List<String> TYPED = List.of("Παπαδόπουλος", "papadopoulou", "Γεωργίου", "hatzidakis",
            "Νίκος Παπα", "ioannou", "Κωνσταντίνου", "maria k", "0101");

    @Test
    void measuresThePagesServerTime() throws Exception {
        System.out.println("PageSpeedBenchmark seed " + SEED);
        SearchFixture.ensure(this, jdbc);
        String schema = TenantId.of(CENTRE).quotedSchemaName();
        List<String> people = jdbc.queryForList("select id::text from " + schema + ".beneficiary order by id limit 2000",
                String.class);
        fillRequests(schema, people);
        String person = people.get(new Random(SEED).nextInt(people.size()));
        // The card's person has a fuller record than most: a few requests and a needs assessment.
        for (int i = 0; i < 3; i++) {
            request(person, i);
        }
        mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries/{b}/assessments", person), """
                {"needs":["FOOD","HOUSING"],"priority":"HIGH","date":"2026-12-01"}""")).andExpect(status().isCreated());

        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("search as you type (suggestions, one letter at a time)", suggestions());
        String t = "/t/" + CENTRE;
        long since = Instant.now().minus(7, ChronoUnit.DAYS).getEpochSecond();
        measure(figures, "social-worker", "home", t + "/");
        for (String part : List.of("/appointments/today", "/referrals/due", "/requests/overdue",
                "/assessments/reviews-due", "/walk-ins", "/requests/since?since=" + since, "/requests/open")) {
            measure(figures, "social-worker", "home part " + part.replaceFirst("\\?.*", ""), t + part);
        }
        String card = t + "/people/" + person;
        measure(figures, "social-worker", "card", card);
        for (String part : List.of("household", "history", "profile", "assessments", "requests", "referrals",
                "sessions", "appointments", "investigations", "homeless", "distributions")) {
            measure(figures, "social-worker", "card part " + part, card + "/" + part);
        }
        measure(figures, "coordinator", "card timeline (coordinator: changes, events)", card + "/timeline");
        for (String list : List.of("requests", "referrals", "appointments", "investigations", "homeless-register",
                "distributions", "events", "caseload", "audit")) {
            measure(figures, "coordinator", "list " + list, t + "/" + list);
        }

        System.out.printf("PAGES over %,d people, %,d requests; %d warm-up + %d measured each (ms)%n",
                SearchQualityTest.POPULATION, REQUESTS, WARM_UP, MEASURED);
        System.out.println("| page | p50 | p95 | p99 | max |");
        System.out.println("|---|---|---|---|---|");
        figures.forEach((page, f) -> System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", page, f[0], f[1], f[2],
                f[3]));
        assertThat(figures).isNotEmpty();
    }

    /** Each word typed letter by letter from its second letter, as the box asks after each pause. */
    private double[] suggestions() throws Exception {
        List<String> prefixes = new ArrayList<>();
        for (String word : TYPED) {
            for (int end = 2; end <= word.length(); end++) {
                prefixes.add(word.substring(0, end));
            }
        }
        int measured = Math.max(MEASURED * 5, prefixes.size());
        for (int i = 0; i < WARM_UP * 3; i++) {
            timed("social-worker", get("/t/" + CENTRE + "/people/suggestions").param("q", prefixes.get(i % prefixes.size())));
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            nanos[i] = timed("social-worker",
                    get("/t/" + CENTRE + "/people/suggestions").param("q", prefixes.get(i % prefixes.size())));
        }
        return quantiles(nanos);
    }

    private void measure(Map<String, double[]> figures, String role, String name, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            timed(role, get(path));
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            nanos[i] = timed(role, get(path));
        }
        figures.put(name, quantiles(nanos));
    }

    private long timed(String role, MockHttpServletRequestBuilder request) throws Exception {
        long start = System.nanoTime();
        mvc.perform(in(CENTRE, role, request, null)).andExpect(status().isOk());
        return System.nanoTime() - start;
    }

    /** 3,000 requests over the first 2,000 people, once per test database (the lists' and home page's work). */
    private void fillRequests(String schema, List<String> people) throws Exception {
        Integer existing = jdbc.queryForObject("select count(*) from " + schema + ".service_request", Integer.class);
        Random random = new Random(SEED);
        for (int i = existing == null ? 0 : existing; i < REQUESTS; i++) {
            request(people.get(random.nextInt(people.size())), i);
        }
    }

    private void request(String person, int i) throws Exception {
        String body = mvc.perform(in(CENTRE, "social-worker", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"GOODS","channel":"WALK_IN","receivedOn":"2026-%02d-%02d",
                 "description":"Αίτημα %d."}""".formatted(person, 1 + i % 11, 1 + i % 28, i)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.id")).isNotBlank();
    }

    private static double[] quantiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6};
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
