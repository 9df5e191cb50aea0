package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.launcher.testing.TestPostgres;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.aggregate.Aggregates;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.catalogue.Relation;
import gr.kentra.reporting.indicator.grid.EsfProtection;
import gr.kentra.reporting.indicator.grid.GridCache;
import gr.kentra.reporting.indicator.grid.GridQuery;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 1,000,000 facts of 250 centres in 13 regions over 2026 in the embedded PostgreSQL: how long a full
 * aggregate rebuild takes, and the p95 of the national yearly table of all general indicators over 200
 * requests. Excluded from verify; run with
 * {@code -Dkentra.excluded-test-groups=none -Dtest=ReportingBenchmarkTest}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class ReportingBenchmarkTest {

    private static final int FACTS = 1_000_000;
    private static final int REQUESTS = Integer.getInteger("kentra.benchmark.requests", 200);

    /** Every fact type of June changed, as intake of each would stamp it (behind intake's back: no precompute). */
    private static final String RESTAMP_JUNE =
            "update month_stamp set stamp = nextval('month_stamp_seq') where period_month = '2026-06'";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("reporting_benchmark"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Aggregates aggregates;

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    GridQuery query;

    /**
     * People (300,000 of them) mostly stay with one centre; every 17th fact is about a person of the next
     * centre, so distinct counts differ from sums. Centres are skewed (a few large, many small, as in life),
     * so small cells and suppression occur. Types, categories and profiles cycle deterministically.
     */
    private void load() {
        jdbc.execute("truncate indicator_fact, fact_monthly, fact_monthly_coarse, fact_yearly_coarse, person_month, "
                + "esf_participant, centre, person_presence, distinct_persons, month_stamp");
        long started = System.nanoTime();
        jdbc.update("""
                with regions(r) as (select array['attica','central-macedonia','thessaly','crete','western-greece',
                    'peloponnese','eastern-macedonia-thrace','central-greece','epirus','western-macedonia',
                    'ionian-islands','north-aegean','south-aegean']),
                types(t) as (select array['BENEFICIARY_REGISTERED','PARTICIPANT_ENTERED','REQUEST_OPENED',
                    'REQUEST_CLOSED','REFERRAL_SENT','REFERRAL_CLOSED','SESSION_HELD','INVESTIGATION_COMPLETED',
                    'HOMELESS_REGISTERED','GOODS_DISTRIBUTED','EVENT_HELD','REQUEST_OPENED','SESSION_HELD',
                    'REQUEST_OPENED','REQUEST_CLOSED']),
                f as (select i, (i * 7919) %% 300000 as p, (select t from types)[1 + (i * 31) %% 15] as type
                      from generate_series(1::bigint, %d) i),
                g as (select f.*, (floor(250 * power((p %% 10007) / 10007.0, 2))::int
                                   + case when i %% 17 = 0 then 1 else 0 end) %% 250 as c from f)
                insert into indicator_fact (fact_id, tenant_id, region_code, operation_code, period_month, fact_type,
                    person_pseudonym, category, outcome, quantity, gender, age_band, employment_status, isced_level, flags)
                select gen_random_uuid(), 'centre-' || lpad(c::text, 3, '0'), (select r from regions)[1 + c %% 13],
                    (5000000 + c)::text, '2026-' || lpad((1 + i %% 12)::text, 2, '0'), type,
                    case when type = 'EVENT_HELD' then null else encode(sha256(('p' || p)::bytea), 'hex') end,
                    case type when 'REQUEST_OPENED' then (array['GMI_APPLICATION','HOUSING_ALLOWANCE','OPEKA_DISABILITY',
                                  'UNINSURED_ELDERLY'])[1 + (i / 15) %% 4]
                              when 'REFERRAL_SENT' then (array['DYPA','HOSPITAL','KEPA','NGO','SOCIAL_GROCERY'])[1 + (i / 15) %% 5]
                              when 'REFERRAL_CLOSED' then (array['MUNICIPAL_SOCIAL_GROCERY','MUNICIPAL_SOCIAL_PHARMACY',
                                  'MUNICIPAL_HOME_HELP','DYPA','HOSPITAL','KEPA','NGO','PROSECUTOR','OTHER_PUBLIC',
                                  'OTHER'])[1 + (i / 45) %% 10]
                              when 'SESSION_HELD' then (array['INDIVIDUAL','GROUP','FAMILY'])[1 + (i / 15) %% 3]
                              when 'GOODS_DISTRIBUTED' then (array['FEAD_FOOD','FEAD_HYGIENE'])[1 + (i / 15) %% 2]
                              when 'EVENT_HELD' then (array['CHILDREN','ELDERLY','ALL'])[1 + (i / 15) %% 3] end,
                    case type when 'REQUEST_CLOSED' then (array['COMPLETED','REFERRED','REJECTED'])[1 + (i / 15) %% 3]
                              when 'REFERRAL_CLOSED' then (array['COMPLETED','DECLINED','NO_RESPONSE'])[1 + (i / 15) %% 3] end,
                    case type when 'GOODS_DISTRIBUTED' then 1 + i %% 9 when 'EVENT_HELD' then 10 + i %% 50 else 1 end,
                    case when type = 'EVENT_HELD' then null
                         else (array['FEMALE','MALE','FEMALE','MALE','NON_BINARY','UNKNOWN'])[1 + p %% 6] end,
                    (array['0-17','18-24','25-29','30-54','55-64','65+','UNKNOWN'])[1 + p %% 7],
                    (array['EMPLOYED','UNEMPLOYED','LONG_TERM_UNEMPLOYED','INACTIVE','INACTIVE_IN_EDUCATION'])[1 + p %% 5],
                    p %% 9, (p * 13) %% 2048
                from g""".formatted(FACTS));
        jdbc.execute("analyze indicator_fact");
        System.out.printf("BENCHMARK load of %,d facts: %d ms%n", FACTS, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void rebuildsAggregatesAndServesTheNationalYearlyTable() throws Exception {
        load();
        Aggregates.Rebuild rebuild = aggregates.rebuild();
        jdbc.execute("analyze");
        System.out.printf("BENCHMARK full aggregate rebuild: %d ms (%s)%n", rebuild.millis(), rebuild);
        assertThat(rebuild.centres()).isEqualTo(250);
        // The rebuild stamped every month: the precomputation protects them off the request thread, newest first.
        // Measured here, and awaited so that the figures below do not share the CPU with it.
        long precomputing = System.nanoTime();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3))
                    .pollInterval(java.time.Duration.ofMillis(500)).until(() -> java.util.stream.IntStream
                            .rangeClosed(1, 12).allMatch(m -> esfProtection.isWarm(YearMonth.of(2026, m))));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // Reported, not failed: the precomputation is an optimisation, requests compute what is missing.
        }
        System.out.printf("BENCHMARK after the rebuild, %d of 12 months' linked ESF protection precomputed after %d ms%n",
                java.util.stream.IntStream.rangeClosed(1, 12).filter(m -> esfProtection.isWarm(YearMonth.of(2026, m)))
                        .count(), (System.nanoTime() - precomputing) / 1_000_000);

        breakdown();
        RequestPostProcessor analyst = jwt().jwt(j -> j.subject("analyst")
                        .claim("realm_access", Map.of("roles", List.of("ministry-analyst"))))
                .authorities(new RealmRoleAuthorities());
        for (int i = 0; i < 5; i++) { // warm-up
            request(analyst);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            request(analyst);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK national yearly table, all %s, %d requests: p50 %d ms, p95 %d ms, max %d ms%n",
                "general indicators", REQUESTS, millis.get(REQUESTS / 2), millis.get((int) (REQUESTS * 0.95) - 1),
                millis.get(REQUESTS - 1));

        // The same right after intake of every fact type touched June (as one stamp per month did for any
        // intake): every grid is read and protected.
        int uncached = Math.max(20, REQUESTS / 5);
        long everyType = afterIntake(analyst, uncached, "of every type", () -> jdbc.update(RESTAMP_JUNE));
        linkedPairServed(analyst, "every type");
        requestSteps(analyst);
        linkedPairServed(analyst, "the steps");
        // Real intake of one fact of one type: only the grids of the indicators reading that type are read again.
        RequestPostProcessor publisher = jwt().jwt(j -> j.subject("case-service").claim("azp", "kentra-case-service")
                        .claim("realm_access", Map.of("roles", List.of("fact-publisher", "kentra-service"))))
                .authorities(new RealmRoleAuthorities());
        for (String type : List.of("REQUEST_OPENED", "EVENT_HELD")) {
            int[] person = {0};
            afterIntake(analyst, uncached, "of one " + type + " fact", () -> intake(publisher, type, person[0]++));
        }
        dashboard(analyst);
        esfColdAndWarm(analyst, publisher);
        // Issue 15's bound, asserted last so that every figure above is printed: a read no longer waits for
        // GEN06+GEN13's linked protection of June (1-2 s), it is served the pair published before.
        assertThat(everyType).as("p95 of the national yearly table right after intake of every type in June")
                .isLessThanOrEqualTo(100);
    }

    @Autowired
    EsfProtection esfProtection;

    /**
     * Issue 18's cold ESF request: a month's linked system protected on the request thread (its stamp renewed behind
     * intake's back, so nothing precomputed it), then served warm; and right after real intake of one participant,
     * when the precomputation protects the month off the request thread.
     */
    private void esfColdAndWarm(RequestPostProcessor analyst, RequestPostProcessor publisher) throws Exception {
        String june = "/reports/api/esf?programme=2021-2027&from=2026-06&to=2026-06";
        jdbc.update(RESTAMP_JUNE);
        long cold = timed(june, analyst);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            warm.add(timed(june, analyst));
        }
        Collections.sort(warm);
        TestFact fact = TestFact.of("PARTICIPANT_ENTERED").centre("centre-000", "attica").with("operation", "5000000")
                .with("month", "2026-06").person("benchmark-esf-intake").with("gender", "FEMALE")
                .with("ageBand", "25-29").with("employmentStatus", "UNEMPLOYED").with("iscedLevel", 3);
        mvc.perform(post("/internal/facts").with(publisher).contentType(MediaType.APPLICATION_JSON)
                .content("{\"facts\":[" + fact.json() + "]}")).andExpect(status().isOk());
        long started = System.nanoTime();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                    .pollInterval(java.time.Duration.ofMillis(20)).until(() -> esfProtection.isWarm(YearMonth.of(2026, 6)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println("BENCHMARK June's linked ESF protection not precomputed within 2 minutes");
        }
        long precomputed = (System.nanoTime() - started) / 1_000_000;
        long afterIntake = timed(june, analyst);
        System.out.printf("BENCHMARK ESF 2021-2027 national table of June: cold (computed on the request thread) %d ms,"
                + " warm p50 %d ms, max %d ms; after intake of one participant precomputed off the request thread"
                + " within %d ms, then the first request %d ms%n", cold, warm.get(10), warm.get(19), precomputed,
                afterIntake);
    }

    private long timed(String uri, RequestPostProcessor caller) throws Exception {
        long started = System.nanoTime();
        mvc.perform(get(uri).with(caller).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The national overview page of a year: its report with the comparison year, and one report per month for
     * the trends (12 indicators each). The first call finds the monthly grids uncached.
     */
    private void dashboard(RequestPostProcessor analyst) throws Exception {
        String page = "/dashboards/?period=year&year=2026";
        long started = System.nanoTime();
        mvc.perform(get(page).with(analyst)).andExpect(status().isOk());
        long first = (System.nanoTime() - started) / 1_000_000;
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            started = System.nanoTime();
            mvc.perform(get(page).with(analyst)).andExpect(status().isOk());
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK national overview page of 2026 (13 reports): first %d ms, then 10 requests: "
                + "p50 %d ms, max %d ms%n", first, millis.get(5), millis.get(9));
    }

    /**
     * Reads the national yearly table until no table of it is served from older protected numbers (GEN06+GEN13 are
     * protected anew off the request thread after a change): how long the new pair takes to follow the last change,
     * and the next phase does not share the CPU with that protection (as the precomputation is awaited above).
     */
    private void linkedPairServed(RequestPostProcessor analyst, String after) {
        long started = System.nanoTime();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofMillis(50)).until(() -> {
                    String body = mvc.perform(get("/reports/api/indicators?scope=national&from=2026-01&to=2026-12")
                                    .with(analyst).accept(MediaType.APPLICATION_JSON))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                    return com.jayway.jsonpath.JsonPath.<List<Object>>read(body, "$.tables[?(@.refreshing == true)]")
                            .isEmpty();
                });
        System.out.printf("BENCHMARK after %s, the new GEN06+GEN13 pair served %d ms after the last request%n", after,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Returns the p95 in milliseconds. */
    private long afterIntake(RequestPostProcessor analyst, int requests, String what, ThrowingRunnable intake)
            throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            intake.run();
            long started = System.nanoTime();
            request(analyst);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK same, each right after intake %s in June, %d requests: p50 %d ms, p95 %d ms,"
                + " max %d ms%n", what, requests, millis.get(requests / 2), millis.get((int) (requests * 0.95) - 1),
                millis.get(requests - 1));
        return millis.get((int) (requests * 0.95) - 1);
    }

    /** One fact of {@code type} from centre-000 (in attica, as loaded, so no centre moves), about a new person. */
    private void intake(RequestPostProcessor publisher, String type, int person) throws Exception {
        TestFact fact = TestFact.of(type).centre("centre-000", "attica").with("operation", "5000000")
                .with("month", "2026-06").with("category", "GMI_APPLICATION");
        if (!"EVENT_HELD".equals(type)) {
            fact.person("benchmark-intake-" + type + person);
        }
        mvc.perform(post("/internal/facts").with(publisher).contentType(MediaType.APPLICATION_JSON)
                .content("{\"facts\":[" + fact.json() + "]}")).andExpect(status().isOk());
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Where a request's time goes: reading each grid from the aggregates, and protecting it. */
    private void breakdown() {
        Period year = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        Suppression suppression = new Suppression(5);
        for (Indicator indicator : catalogue.general()) {
            long started = System.nanoTime();
            NationalGrid grid = query.national(indicator, year);
            long read = System.nanoTime();
            var protectedGrid = suppression.protect(grid.grid());
            long done = System.nanoTime();
            System.out.printf("BENCHMARK %s %dx%d: read %d ms, suppression %d ms, hidden %d%n", indicator.code(),
                    grid.grid().rowCount(), grid.grid().columnCount(), (read - started) / 1_000_000,
                    (done - read) / 1_000_000, protectedGrid.hiddenCount());
        }
        price();
        coldProtection();
    }

    /**
     * Issue 18's bound: every month's national grid of every general indicator, and each month's linked ESF system
     * of both programmes, protected cold (what a request or the month cache meets first after an intake).
     */
    private void coldProtection() {
        Suppression suppression = new Suppression(5);
        long worst = 0;
        String worstWhat = "";
        long esfWorst = 0;
        List<Indicator> esf = catalogue.allEsf();
        for (int m = 1; m <= 12; m++) {
            Period month = new Period(YearMonth.of(2026, m), YearMonth.of(2026, m));
            for (Indicator indicator : catalogue.general()) {
                var grid = query.national(indicator, month).grid();
                long started = System.nanoTime();
                suppression.protect(grid);
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (millis > worst) {
                    worst = millis;
                    worstWhat = indicator.code() + " " + month.fromText();
                }
            }
            Map<String, gr.kentra.reporting.suppression.Grid> grids = new java.util.LinkedHashMap<>();
            for (Indicator indicator : esf) {
                if (indicator.relations(Relation.Kind.SAME_AS).isEmpty()) {
                    grids.put(indicator.code(), query.national(indicator, month).grid());
                }
            }
            long started = System.nanoTime();
            var linked = EsfProtection.protectLinked(suppression, esf, grids);
            esfWorst = Math.max(esfWorst, (System.nanoTime() - started) / 1_000_000);
            if (m == 6) {
                var before = EsfProtection.protectLinked(new Suppression(5, 0, 0), esf, grids);
                linked.forEach((code, grid) -> System.out.printf("BENCHMARK price %s 2026-06 linked: hidden %d before,"
                        + " %d after%n", code, before.get(code).hiddenCount(), grid.hiddenCount()));
            }
        }
        System.out.printf("BENCHMARK cold protection of every 2026 month grid: general worst %d ms (%s), "
                + "ESF linked system worst %d ms%n", worst, worstWhat, esfWorst);
        assertThat(worst).as("one general grid's protection").isLessThan(5_000);
        // 17 grids of 250 operations in one linear table: measured ≈ 7 s at worst on the shared 2-core machine.
        assertThat(esfWorst).as("one month's linked ESF protection").isLessThan(15_000);
    }

    /**
     * Issue 18's price: values hidden per indicator in a month's national grid (what periods are protected by) with
     * the exact audit only (protection levels 0: the protection before protection intervals) and with intervals.
     */
    private void price() {
        Period june = new Period(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
        Suppression before = new Suppression(5, 0, 0);
        Suppression after = new Suppression(5);
        for (Indicator indicator : catalogue.general()) {
            NationalGrid grid = query.national(indicator, june);
            int hiddenBefore = before.protect(grid.grid()).hiddenCount();
            long started = System.nanoTime();
            int hiddenAfter = after.protect(grid.grid()).hiddenCount();
            System.out.printf("BENCHMARK price %s 2026-06 %dx%d: hidden %d before, %d after (+%d), protection %d ms%n",
                    indicator.code(), grid.grid().rowCount(), grid.grid().columnCount(), hiddenBefore, hiddenAfter,
                    hiddenAfter - hiddenBefore, (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Autowired
    GridCache gridCache;

    /**
     * Where the time of a request right after every type changed in June goes: each step the request path takes
     * (stamps, the list of centres, the 12 yearly grids read, the 11 additive indicators' June grids read and
     * protected, the yearly grids protected by their months), timed alone, median of 10 rounds, and the old
     * per-indicator month-stamp query it replaced.
     */
    private void requestSteps(RequestPostProcessor analyst) throws Exception {
        Period year = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        Period june = new Period(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
        Suppression suppression = new Suppression(5);
        String[] names = {"whole request", "stamps (one query)", "old month stamps (11 queries)", "centres",
            "12 yearly grids read", "11 June grids read", "11 June grids protected", "12 yearly grids protected"};
        List<List<Long>> micros = new ArrayList<>();
        for (String name : names) {
            micros.add(new ArrayList<>());
        }
        for (int round = 0; round < 10; round++) {
            jdbc.update(RESTAMP_JUNE);
            long[] t = new long[names.length];
            long started = System.nanoTime();
            request(analyst);
            t[0] = System.nanoTime() - started;
            started = System.nanoTime();
            GridCache.Stamps stamps = gridCache.stamps(year);
            t[1] = System.nanoTime() - started;
            started = System.nanoTime();
            for (Indicator indicator : catalogue.general()) {
                if (indicator.additive()) {
                    jdbc.query("""
                            select period_month, fact_type, max(stamp) from month_stamp
                            where period_month between ? and ? or period_month = ? group by period_month, fact_type""",
                            row -> {
                            }, "2026-01", "2026-12", Aggregates.CENTRES_STAMP);
                }
            }
            t[2] = System.nanoTime() - started;
            started = System.nanoTime();
            Map<String, String> centres = query.centres();
            t[3] = System.nanoTime() - started;
            for (Indicator indicator : catalogue.general()) {
                started = System.nanoTime();
                NationalGrid yearly = query.national(indicator, year, centres);
                t[4] += System.nanoTime() - started;
                java.util.Set<String> hidden = java.util.Set.of();
                if (yearly.additive() && !stamps.months(indicator).isEmpty()) {
                    started = System.nanoTime();
                    NationalGrid month = query.national(indicator, june, centres);
                    t[5] += System.nanoTime() - started;
                    started = System.nanoTime();
                    hidden = suppression.protect(month.grid()).hiddenKeys();
                    t[6] += System.nanoTime() - started;
                }
                started = System.nanoTime();
                if (yearly.additive()) {
                    suppression.protectWithin(yearly.grid(), hidden);
                } else {
                    suppression.protect(yearly.grid());
                }
                t[7] += System.nanoTime() - started;
            }
            for (int i = 0; i < names.length; i++) {
                micros.get(i).add(t[i] / 1_000);
            }
        }
        StringBuilder line = new StringBuilder(
                "BENCHMARK steps of the national yearly table right after every type changed in June (median of 10):");
        for (int i = 0; i < names.length; i++) {
            List<Long> sorted = new ArrayList<>(micros.get(i));
            Collections.sort(sorted);
            line.append(String.format(" %s %.1f ms;", names[i], sorted.get(5) / 1000.0));
        }
        System.out.println(line);
    }

    private void request(RequestPostProcessor analyst) throws Exception {
        mvc.perform(get("/reports/api/indicators?scope=national&from=2026-01&to=2026-12").with(analyst)
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
    }
}
