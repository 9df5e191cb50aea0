package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 across the four processes: a request through the gateway keeps the caller's W3C trace into
 * case-service (its access line carries the trace id and the centre) and answers it as X-Request-Id; and no log
 * line of any service names the generated person whose casework went through, nor their AMKA or AFM.
 */
class LogsAndTracesSystemIT {

    private static final String CENTRE = "mouzaki";
    private static final String[] SYLLABLES = {"κα", "λο", "μι", "νε", "πα", "ρο", "στα", "θε", "ξα", "φω", "δη",
        "γου", "τσι", "βα", "χρυ", "ζω"};

    @Test
    void oneTraceIdFromTheGatewayIntoCaseServiceAndNoServiceLogsThePerson() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String centre = platform.gatewayUrl() + "/t/" + CENTRE + "/api/beneficiaries";
        String social = platform.keycloak().passwordGrant(CENTRE + "-social", "demo");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String first = name(random);
        String last = name(random);
        String amka = amka(random);
        String afm = afm(random);
        String traceId = HexFormat.of().formatHex(bytes(random, 16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(bytes(random, 8)) + "-01";

        Http.Response created = Http.post(centre, social, """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1968-04-03","gender":"FEMALE","amka":"%s","afm":"%s"}"""
                .formatted(first, last, amka, afm), Map.of("traceparent", traceparent));
        assertThat(created.status()).as("seed %d: %s", seed, created.body()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).isEqualTo(traceId);
        String id = created.json().path("id").asString();
        String latinFirst = created.json().path("latinFirstName").asString();
        String latinLast = created.json().path("latinLastName").asString();
        for (String query : List.of(amka, afm, last, latinLast)) {
            assertThat(Http.get(centre + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), social).status())
                    .isEqualTo(200);
        }
        assertThat(Http.get(centre + "/" + id, social).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Files.readAllLines(platform.service("case-service").logFile()).stream()
                        .filter(line -> line.contains(traceId)).toList())
                .as("case-service's lines of the traced request (seed %d)", seed).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("[" + CENTRE + "]", "POST /api/beneficiaries 201")));
        for (String service : List.of("gateway", "tenant-service", "case-service", "reporting-service")) {
            String log = Files.readString(platform.service(service).logFile());
            assertThat(log).as("%s's log (seed %d)", service, seed)
                    .doesNotContain(first, last, amka, afm, latinFirst, latinLast);
        }
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0, n = 3 + random.nextInt(2); i < n; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Born 3 April 1968 (DDMMYY), a serial, and the Luhn check digit. */
    private static String amka(Random random) {
        String payload = "030468" + "%04d".formatted(random.nextInt(10_000));
        int sum = 0;
        for (int i = payload.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = payload.charAt(i) - '0';
            if (position % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return payload + (10 - sum % 10) % 10;
    }

    private static String afm(Random random) {
        String firstEight = "%08d".formatted(10_000_000 + random.nextInt(89_999_999));
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') << (8 - i);
        }
        return firstEight + sum % 11 % 10;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }
}
