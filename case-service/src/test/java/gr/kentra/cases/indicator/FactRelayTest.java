package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Delivery from the outboxes to reporting-service's intake, here an in-test HTTP endpoint that records what it
 * receives (the system test runs the real one): with the service's own token, with the centre's region and
 * operation added, at least once, and nothing lost while the receiver is down. The context closes with the class:
 * its relay would go on failing against the stopped stand-in, and a centre's failures pause it for every relay
 * over this database (the back-off is shared).
 */
@Import(FactRelayTest.RecordedSpans.class)
@DirtiesContext
class FactRelayTest extends CaseServiceIntegrationTest {

    /** The spans this context finishes, as an OTLP collector would receive them. */
    private static final List<SpanData> spans = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class RecordedSpans {
        @Bean
        SpanExporter recordingSpanExporter() {
            return new SpanExporter() {
                @Override
                public CompletableResultCode export(java.util.Collection<SpanData> finished) {
                    spans.addAll(finished);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            };
        }
    }

    private static final ReportingStandIn reporting = ReportingStandIn.start();

    @DynamicPropertySource
    static void reporting(DynamicPropertyRegistry registry) {
        String base = reporting.baseUrl();
        registry.add("kentra.indicators.reporting-url", () -> base);
        registry.add("kentra.indicators.relay-interval", () -> "100ms");
        registry.add("kentra.indicators.sweep-interval", () -> "2s");
        // A hung delivery gives up after 2 s here (10 s by default), so the hang test waits through two of them.
        registry.add("kentra.indicators.read-timeout", () -> "2s");
        // A quarter of production's pauses (1, 2, 4, 4 s …): the same fairness, four failures in 2 s instead of 7.
        registry.add("kentra.indicators.first-backoff", () -> "250ms");
        registry.add("kentra.indicators.max-backoff", () -> "1s");
        // Finished spans reach the recording exporter within 0.1 s rather than at the batch's 5 s default.
        registry.add("management.opentelemetry.tracing.export.schedule-delay", () -> "100ms");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> base + "/token");
    }

    @AfterAll
    static void stop() {
        reporting.stop();
    }

    @BeforeEach
    void receiverUp() {
        reporting.reset();
    }

    @org.junit.jupiter.api.AfterEach
    void releaseStalls() {
        reporting.releaseStalls();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void setsAFactReportingRefusesAsideCountsItAndDeliversTheFactsBehindIt() throws Exception {
        placed("relay-poisoned", "attica", null);
        java.util.UUID poisoned = java.util.UUID.randomUUID();
        // A fact from before dates were bounded: reporting refuses its month, and it is the oldest in the outbox.
        jdbc.update("insert into " + TenantId.of("relay-poisoned").quotedSchemaName() + ".indicator_outbox"
                + " (id, fact, created_at) values (?, cast(? as jsonb), now() - interval '1 hour')", poisoned,
                "{\"id\":\"%s\",\"month\":\"0001-01\",\"type\":\"EVENT_HELD\",\"quantity\":1,\"sign\":1}"
                        .formatted(poisoned));
        registerPerson("relay-poisoned", "Ευρυδίκη", "Σταθάκη", "1985-05-05");

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("relay-poisoned") == 0);
        assertThat(reporting.received("relay-poisoned")).anyMatch(fact -> fact.contains("BENEFICIARY_REGISTERED"));
        String deadLetters = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/internal/tenants/{tenant}/dead-letters", "relay-poisoned")
                        .with(gr.kentra.cases.ServiceTokens.tenantService()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(deadLetters, "$[*].id")).containsExactly(poisoned.toString());
        assertThat(JsonPath.<String>read(deadLetters, "$[0].reason")).contains("facts[0].month", "field.format");
        assertThat(JsonPath.<String>read(deadLetters, "$[0].fact.month")).isEqualTo("0001-01");
        assertThat(meters.get("kentra.facts.dead_letter").tag("centre", "relay-poisoned").counter().count())
                .isEqualTo(1.0);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/internal/tenants/{tenant}/dead-letters", "relay-poisoned")
                        .with(socialWorkerOf("relay-poisoned")))
                .andExpect(status().isForbidden());
        // A person's platform-admin token is no service token: the internal API refuses it too.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/internal/tenants/{tenant}/dead-letters", "relay-poisoned").with(platformAdmin()))
                .andExpect(status().isForbidden());
    }

    @Test
    void setsAsideAnOutboxRowThatIsNoFactAndDeliversTheFactsBehindIt() throws Exception {
        placed("relay-unreadable", "attica", null);
        java.util.UUID unreadable = java.util.UUID.randomUUID();
        jdbc.update("insert into " + TenantId.of("relay-unreadable").quotedSchemaName() + ".indicator_outbox"
                + " (id, fact, created_at) values (?, cast(? as jsonb), now() - interval '1 hour')", unreadable,
                "[\"not\", \"a fact\"]");
        registerPerson("relay-unreadable", "Ανθή", "Δρακάκη", "1984-04-04");

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("relay-unreadable") == 0);
        assertThat(reporting.received("relay-unreadable")).singleElement().asString()
                .contains("BENEFICIARY_REGISTERED");
        String deadLetters = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/internal/tenants/{tenant}/dead-letters", "relay-unreadable")
                        .with(gr.kentra.cases.ServiceTokens.tenantService()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(deadLetters, "$[*].id")).containsExactly(unreadable.toString());
        assertThat(JsonPath.<String>read(deadLetters, "$[0].reason")).contains("unreadable");
    }

    @Test
    void oneCentresFailingDeliveriesDoNotDelayAnotherCentre() throws Exception {
        placed("relay-failing", "attica", null);
        placed("relay-healthy", "crete", null);
        reporting.failingCentres.add("relay-failing");
        registerPerson("relay-failing", "Θεοδώρα", "Λάμπρου", "1970-01-01");
        // Four failures in a row: the failing centre now pauses at its longest before each attempt.
        await().atMost(Duration.ofSeconds(20)).until(() -> reporting.failures("relay-failing") >= 4);

        registerPerson("relay-healthy", "Ουρανία", "Πετράκη", "1971-02-02");
        await().atMost(Duration.ofSeconds(3)).until(() -> reporting.received("relay-healthy").size() == 1);
        assertThat(outbox("relay-failing")).isEqualTo(1);
    }

    @Test
    void everyOtherCentresFactsArriveWithinTheirNormalLagWhileOneCentreKeepsFailing() throws Exception {
        placed("fair-refused", "attica", null);
        List<String> others = List.of("fair-a", "fair-b", "fair-c");
        for (String other : others) {
            placed(other, "crete", null);
        }
        reporting.failingCentres.add("fair-refused");
        registerPerson("fair-refused", "Θεοπίστη", "Καλογήρου", "1960-01-01");

        // Through the failing centre's growing back-off (0.25, 0.5, 1, 1 s …): each fact of the others within 2 s.
        int round = 0;
        while (reporting.failures("fair-refused") < 4) {
            assertThat(round).as("rounds before the failing centre failed four times").isLessThan(200);
            deliveredPromptly(others, round++);
        }
        // Facts the sweep finds (committed without a nudge), the failing centre's first in its outbox as well.
        for (String tenant : List.of("fair-refused", "fair-a", "fair-b")) {
            insertFact(tenant);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox("fair-a") == 0 && outbox("fair-b") == 0);
        assertThat(outbox("fair-refused")).as("still failing, nothing lost").isEqualTo(2);
        assertThat(reporting.received("fair-refused")).isEmpty();

        reporting.failingCentres.remove("fair-refused");
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox("fair-refused") == 0);
        assertThat(reporting.received("fair-refused")).hasSize(2);
    }

    @Test
    void everyOtherCentresFactsArriveWithinTheirNormalLagWhileOneCentresDeliveriesHang() throws Exception {
        placed("fair-stalled", "attica", null);
        List<String> others = List.of("fair-d", "fair-e");
        for (String other : others) {
            placed(other, "crete", null);
        }
        reporting.stalledCentres.add("fair-stalled");
        registerPerson("fair-stalled", "Παναγιώτα", "Σκουλά", "1961-02-02");
        await().atMost(Duration.ofSeconds(5)).until(() -> reporting.stalls("fair-stalled") >= 1);

        // Its first attempt hangs until the read timeout (2 s here), the next one too: the others never wait for it.
        int round = 0;
        while (reporting.stalls("fair-stalled") < 2) {
            assertThat(round).as("rounds before the stalled centre was tried again").isLessThan(300);
            deliveredPromptly(others, round++);
        }
        assertThat(outbox("fair-stalled")).isEqualTo(1);

        reporting.releaseStalls();
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox("fair-stalled") == 0);
        assertThat(reporting.received("fair-stalled")).hasSize(1);
    }

    /** One new fact in each centre, each delivered within 2 s of its commit (the relay's tick is 100 ms here). */
    private void deliveredPromptly(List<String> centres, int round) throws Exception {
        java.util.Map<String, Integer> before = new java.util.HashMap<>();
        for (String centre : centres) {
            before.put(centre, reporting.received(centre).size());
            registerPerson(centre, "Ζωή", "Γεωργίου", "1990-01-%02d".formatted(1 + round % 28));
        }
        for (String centre : centres) {
            await().atMost(Duration.ofSeconds(2)).until(() -> reporting.received(centre).size() > before.get(centre));
        }
    }

    /** A fact committed straight into the outbox, without the nudge a registration gives: only the sweep finds it. */
    private void insertFact(String tenant) {
        Outboxes.fill(jdbc, tenant, 1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private OutboxGauges gauges;

    @Test
    void publishesEachCentresBacklogAndTheAgeOfItsOldestFactAndTheRelaysLag() throws Exception {
        placed("relay-gauged", "attica", null);
        reporting.failingCentres.add("relay-gauged");
        registerPerson("relay-gauged", "Καλλιόπη", "Δημάκη", "1982-04-04");
        registerPerson("relay-gauged", "Σοφία", "Λιάκου", "1983-05-05");
        await().atMost(Duration.ofSeconds(10)).until(() -> reporting.failures("relay-gauged") >= 1);

        gauges.sample();
        assertThat(meters.get(OutboxGauges.BACKLOG).tag("centre", "relay-gauged").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get(OutboxGauges.OLDEST_AGE).tag("centre", "relay-gauged").gauge().value())
                .isGreaterThan(0.0);
        assertThat(meters.find(OutboxGauges.BACKLOG).tag("centre", "never-registered").gauge())
                .as("only registered centres get a series").isNull();

        reporting.failingCentres.remove("relay-gauged");
        await().atMost(Duration.ofSeconds(40)).until(() -> outbox("relay-gauged") == 0);
        gauges.sample();
        assertThat(meters.get(OutboxGauges.BACKLOG).tag("centre", "relay-gauged").gauge().value()).isZero();
        assertThat(meters.get(OutboxGauges.OLDEST_AGE).tag("centre", "relay-gauged").gauge().value()).isZero();
        io.micrometer.core.instrument.Timer lag = meters.get(FactRelay.LAG).timer();
        assertThat(lag.count()).isGreaterThanOrEqualTo(2);
        assertThat(lag.max(java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThan(0.0);
    }

    @Test
    void deliversAFactWithTheCentresPlacementAndEmptiesTheOutbox() throws Exception {
        placed("relay-placed", "attica", "5001910");
        registerPerson("relay-placed", "Ιφιγένεια", "Μαυρίδη", "1980-03-03");

        await().atMost(Duration.ofSeconds(10)).until(() -> reporting.received("relay-placed").size() == 1);
        String fact = reporting.received("relay-placed").getFirst();
        assertThat(JsonPath.<String>read(fact, "$.region")).isEqualTo("attica");
        assertThat(JsonPath.<String>read(fact, "$.operation")).isEqualTo("5001910");
        assertThat(JsonPath.<String>read(fact, "$.type")).isEqualTo("BENEFICIARY_REGISTERED");
        assertThat(fact).doesNotContain("Μαυρίδη", "1980-03-03");
        // case-service's own client-credentials token, from whichever stand-in token endpoint the context uses.
        assertThat(reporting.authorizations).allMatch(a -> a.equals("Bearer relay-token")
                || a.equals("Bearer case-service-token"));
        assertThat(outbox("relay-placed")).isZero();
        // The relay's calls are traced: reporting-service's log lines of the intake share the relay's trace id.
        assertThat(reporting.traceparents).isNotEmpty().allMatch(t -> t.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void sendsTheRegistrysNamesOfTheCentreWithItsFactsAndNoOtherCentresName() throws Exception {
        placed("relay-named", "thessaly", null);
        gr.kentra.cases.RegistryStandIn.name("relay-named", "Κέντρο Κοινότητας Δήμου Δοκιμής", "Test Community Centre");
        await().atMost(Duration.ofSeconds(10)).until(() -> !names.of("relay-named", java.util.Locale.ENGLISH)
                .equals("relay-named"));
        registerPerson("relay-named", "Ευανθία", "Λιάπη", "1979-04-04");

        await().atMost(Duration.ofSeconds(10)).until(() -> reporting.received("relay-named").size() == 1);
        String batch = reporting.batches.stream().filter(b -> b.startsWith("200 ") && b.contains("\"relay-named\""))
                .findFirst().orElseThrow().substring(4);
        assertThat(JsonPath.<java.util.Map<String, Object>>read(batch, "$.names")).containsOnlyKeys("relay-named");
        assertThat(JsonPath.<String>read(batch, "$.names['relay-named'].el")).isEqualTo("Κέντρο Κοινότητας Δήμου Δοκιμής");
        assertThat(JsonPath.<String>read(batch, "$.names['relay-named'].en")).isEqualTo("Test Community Centre");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private gr.kentra.cases.tenancy.CentreNames names;

    @Test
    void theDeliveryOfAFactLinksToTheTraceOfTheRequestThatMadeIt() throws Exception {
        placed("relay-traced", "attica", null);
        java.util.Random random = new java.util.Random();
        String traceId = java.util.HexFormat.of().formatHex(randomBytes(random, 16));
        String traceparent = "00-" + traceId + "-" + java.util.HexFormat.of().formatHex(randomBytes(random, 8)) + "-01";
        mvc.perform(in("relay-traced", "social-worker",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/beneficiaries"),
                        "{\"firstName\":\"Αλκμήνη\",\"lastName\":\"Ζαχαρίου\",\"dateOfBirth\":\"1979-07-07\",\"gender\":\"FEMALE\"}")
                        .header("traceparent", traceparent))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(20)).until(() -> relayBatchLinkedTo(traceId).isPresent());
        SpanData batch = relayBatchLinkedTo(traceId).orElseThrow();
        assertThat(batch.getTraceId()).as("the relay's own trace, not the request's").isNotEqualTo(traceId);
        assertThat(batch.getAttributes().asMap().toString()).contains("relay-traced");
        // reporting-service's intake continues the relay's trace, so its log lines are found from the request too.
        assertThat(reporting.traceparents).anyMatch(sent -> sent.startsWith("00-" + batch.getTraceId() + "-"));
    }

    private static java.util.Optional<SpanData> relayBatchLinkedTo(String traceId) {
        return spans.stream().filter(span -> span.getName().equals("relay batch"))
                .filter(span -> span.getLinks().stream().anyMatch(link -> link.getSpanContext().getTraceId().equals(traceId)))
                .findFirst();
    }

    private static byte[] randomBytes(java.util.Random random, int length) {
        byte[] bytes = new byte[length];
        do {
            random.nextBytes(bytes);
        } while (java.util.Arrays.equals(bytes, new byte[length]));
        return bytes;
    }

    @Test
    void keepsFactsWhileReportingIsDownAndDeliversThemWhenItIsBack() throws Exception {
        placed("relay-down", "thessaly", null);
        reporting.status = 503;
        registerPerson("relay-down", "Αγλαΐα", "Τσακίρη", "1975-07-07");
        registerPerson("relay-down", "Βασιλική", "Ζαχαρίου", "1966-06-06");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> reporting.batches.stream().anyMatch(b -> b.contains("relay-down")));
        assertThat(outbox("relay-down")).isEqualTo(2);
        reporting.status = 200;

        await().atMost(Duration.ofSeconds(40)).until(() -> outbox("relay-down") == 0);
        assertThat(reporting.received("relay-down")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void holdsTheFactsOfACentreWhoseRegionIsNotKnownYet() throws Exception {
        provision("relay-unplaced");
        registerPerson("relay-unplaced", "Ελπίδα", "Κωστή", "1999-09-09");
        Thread.sleep(1_500);
        assertThat(outbox("relay-unplaced")).isEqualTo(1);
        assertThat(reporting.received("relay-unplaced")).isEmpty();

        placed("relay-unplaced", "crete", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox("relay-unplaced") == 0);
        assertThat(reporting.received("relay-unplaced")).hasSize(1);
    }

    @Test
    void refusesAMalformedPlacement() throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", "relay-bad").with(tenantService())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"Attica!\",\"operation\":\"MIS-1\"}"))
                .andExpect(status().isBadRequest());
    }

    private void placed(String tenant, String region, String operation) throws Exception {
        Outboxes.place(mvc, tenant, region, operation);
    }

    private int outbox(String tenant) {
        return Outboxes.count(jdbc, tenant);
    }
}
