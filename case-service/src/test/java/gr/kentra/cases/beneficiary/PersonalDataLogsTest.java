package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.beneficiary.identifiers.GreekIdentifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log lines of casework, in the JSON format production writes (Elastic Common Schema, application.yml), carry
 * the centre, the trace and the span, and never a person's name, AMKA, AFM or date of birth (issue 16). Generated
 * people go through registration, searches, the record card, the GDPR export and refusals, with case-service's
 * own loggers at DEBUG (the access line of every request among them); every captured line is then scanned.
 */
class PersonalDataLogsTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "logs-centre";
    private static final String[] SYLLABLES = {"κα", "λο", "μι", "νε", "πα", "ρο", "στα", "θε", "ξα", "φω", "δη",
        "γου", "τσι", "βα", "χρυ", "ζω"};
    /** Kentra's own loggers, the per-request access line among them; Spring's stay at their production levels. */
    private static final List<String> DEBUG_LOGGERS = List.of("gr.kentra");

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private OutputStreamAppender<ILoggingEvent> appender;
    private final List<Level> previousLevels = new ArrayList<>();

    record Person(String firstName, String lastName, String dateOfBirth, String amka, String afm) {
    }

    @BeforeEach
    void captureProductionFormattedLogs() throws Exception {
        provision(TENANT);
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setFormat("ecs");
        ecs.setContext(logback);
        ecs.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(logback);
        appender.setEncoder(ecs);
        appender.setOutputStream(captured);
        appender.start();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        for (String name : DEBUG_LOGGERS) {
            previousLevels.add(logback.getLogger(name).getLevel());
            logback.getLogger(name).setLevel(Level.DEBUG);
        }
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        for (int i = 0; i < DEBUG_LOGGERS.size(); i++) {
            logback.getLogger(DEBUG_LOGGERS.get(i)).setLevel(previousLevels.get(i));
        }
    }

    @Test
    void casework_logsCarryTheCentreAndTraceButNoNameOrNumberOfThePeople() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(person(random));
        }
        String traceId = HexFormat.of().formatHex(randomBytes(random, 16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(random, 8)) + "-01";
        List<String> secrets = new ArrayList<>();

        for (Person person : people) {
            String created = mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                            {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"FEMALE",
                             "amka":"%s","afm":"%s"}""".formatted(person.firstName(), person.lastName(),
                            person.dateOfBirth(), person.amka(), person.afm())).header("traceparent", traceparent))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String id = JsonPath.read(created, "$.id");
            secrets.addAll(List.of(person.firstName(), person.lastName(), person.amka(), person.afm(),
                    person.dateOfBirth(), JsonPath.read(created, "$.latinFirstName"),
                    JsonPath.read(created, "$.latinLastName")));
            for (String query : List.of(person.lastName(), person.amka(), person.afm(),
                    (String) JsonPath.read(created, "$.latinLastName"))) {
                mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries").param("q", query), null))
                        .andExpect(status().isOk());
            }
            mvc.perform(in(TENANT, "social-worker", get("/api/beneficiaries/{id}", id), null))
                    .andExpect(status().isOk());
            mvc.perform(in(TENANT, "coordinator", get("/api/beneficiaries/{id}/export", id), null))
                    .andExpect(status().is2xxSuccessful());
            // Refusals name the fields, never echo the person: the same AMKA again, a broken AFM.
            mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                            {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"FEMALE","amka":"%s"}"""
                            .formatted(person.firstName(), person.lastName(), person.dateOfBirth(), person.amka())))
                    .andExpect(status().is4xxClientError());
            mvc.perform(in(TENANT, "social-worker", post("/api/beneficiaries"), """
                            {"firstName":"%s","lastName":"%s","afm":"%s9"}"""
                            .formatted(person.firstName(), person.lastName(), person.afm())))
                    .andExpect(status().is4xxClientError());
        }

        List<JsonNode> lines = lines();
        assertThat(lines).as("captured log lines (seed %d)", seed).isNotEmpty();
        String all = captured.toString(StandardCharsets.UTF_8);
        for (String secret : secrets) {
            assertThat(all).as("a person's data in the logs (seed %d)", seed).doesNotContain(secret);
        }
        List<JsonNode> traced = lines.stream().filter(line -> traceId.equals(line.path("traceId").asString())).toList();
        assertThat(traced).as("lines of the traced registrations (seed %d)", seed).isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.path("tenant").asString()).isEqualTo(TENANT);
                    assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
                    assertThat(line.path("@timestamp").isMissingNode()).isFalse();
                });
        assertThat(lines.stream().filter(line -> TENANT.equals(line.path("tenant").asString())))
                .as("every line of a centre's request carries a trace")
                .allSatisfy(line -> assertThat(line.path("traceId").asString()).matches("[0-9a-f]{32}"));
    }

    private List<JsonNode> lines() {
        JsonMapper json = JsonMapper.builder().build();
        return captured.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                .map(json::readTree).toList();
    }

    private static Person person(Random random) {
        int year = 1940 + random.nextInt(60);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String payload = "%02d%02d%02d%04d".formatted(day, month, year % 100, random.nextInt(10_000));
        String amka = payload + GreekIdentifiers.luhnCheckDigit(payload);
        String firstEight = "%08d".formatted(10_000_000 + random.nextInt(89_999_999));
        String afm = firstEight + GreekIdentifiers.afmCheckDigit(firstEight);
        return new Person(name(random), name(random), "%d-%02d-%02d".formatted(year, month, day), amka, afm);
    }

    /** A made-up Greek name of three or four syllables, unlikely to be any other text of the logs. */
    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int syllables = 3 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }
}
