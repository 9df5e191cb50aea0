package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's parallel part: the seed centres plus centres onboarded at once for this test (which is also item 8's
 * proof on the real stack: all of them end ACTIVE) hammer the platform together, each with its own people, a
 * refused duplicate (a failed transaction in case-service) between reads, and every answer checked to hold only its
 * own centre's people. {@code -Dkentra.adversarial.centres=N} (default 50: about 45 s, 32 s of it onboarding) sets
 * how many centres take part.
 */
class CentresHammeringSystemIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CENTRES = Integer.getInteger("kentra.adversarial.centres", 50);
    private static final int ROUNDS = Integer.getInteger("kentra.adversarial.rounds", 12);
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψω";

    record Centre(String id, String token, String marker, List<String> people) {
    }

    @Test
    void centresOnboardedAndHammeringAtOnceEachSeeOnlyTheirOwnPeople() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        long seed = Long.getLong("kentra.adversarial.seed", System.nanoTime());
        System.out.println("HAMMER_SEED=" + seed);
        long started = System.nanoTime();
        List<Centre> centres = new CopyOnWriteArrayList<>();
        List<String> seeds = SystemUnderTest.SEED_CENTRES;
        int r = new Random(seed).nextInt(GREEK.length() * GREEK.length());
        String run = "" + GREEK.charAt(r / GREEK.length()) + GREEK.charAt(r % GREEK.length());
        // One token for every onboarding: parallel logins of one account trip Keycloak's quick-failure check and
        // lock it for a minute, right password or not (see deploy/keycloak/README.md).
        String admin = platform.keycloak().passwordGrant("platform-admin", "demo");
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(CENTRES, 16))) {
            List<Future<Centre>> joining = new ArrayList<>();
            for (int i = 0; i < CENTRES; i++) {
                int index = i;
                joining.add(pool.submit(() -> index < seeds.size()
                        ? new Centre(seeds.get(index), platform.keycloak().passwordGrant(seeds.get(index) + "-coord", "demo"),
                                marker(index, run), new CopyOnWriteArrayList<>())
                        : onboard(platform, admin, "hammer-" + UUID.randomUUID().toString().substring(0, 8), marker(index, run))));
            }
            for (Future<Centre> centre : joining) {
                centres.add(centre.get(3, TimeUnit.MINUTES));
            }
            System.out.printf("HAMMER_ONBOARDED centres=%d seconds=%.1f%n", centres.size(),
                    (System.nanoTime() - started) / 1e9);

            Map<String, String> ownerOfPerson = new ConcurrentHashMap<>();
            List<String> leaks = new CopyOnWriteArrayList<>();
            Set<Integer> statuses = ConcurrentHashMap.newKeySet();
            List<Future<?>> hammering = new ArrayList<>();
            for (Centre centre : centres) {
                hammering.add(pool.submit(() -> {
                    String base = gateway + "/t/" + centre.id() + "/api/beneficiaries";
                    for (int p = 0; p < 2; p++) {
                        Http.Response made = Http.post(base, centre.token(), person(centre.marker(), p));
                        assertThat(made.status()).as(centre.id() + " " + made.body()).isEqualTo(201);
                        String id = made.json().path("id").asString();
                        centre.people().add(id);
                        ownerOfPerson.put(id, centre.id());
                    }
                    for (int round = 0; round < ROUNDS; round++) {
                        List<Http.Response> answers = List.of(
                                Http.get(base + "?size=100", centre.token()),
                                Http.get(base + "/" + centre.people().get(round % 2), centre.token()),
                                Http.get(base + "?q=" + URLEncoder.encode(centre.marker(), StandardCharsets.UTF_8),
                                        centre.token()),
                                // Same person again: the unique AMKA refuses it inside case-service's transaction.
                                Http.post(base, centre.token(), person(centre.marker(), 0)));
                        for (Http.Response answer : answers) {
                            statuses.add(answer.status());
                            check(centre, answer, ownerOfPerson, leaks);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : hammering) {
                task.get(3, TimeUnit.MINUTES);
            }
            System.out.printf("HAMMER centres=%d requests=%d statuses=%s leaks=%d seconds=%.1f%n", centres.size(),
                    centres.size() * (2 + 4 * ROUNDS), statuses, leaks.size(), (System.nanoTime() - started) / 1e9);
            assertThat(leaks).as("zero leaks between centres hammering at once").isEmpty();
            assertThat(statuses).as("no 5xx").allMatch(status -> status < 500);
        }
    }

    /** Another centre's marker or person id in an answer is a leak; so is an error page that is a 5xx. */
    private static void check(Centre centre, Http.Response answer, Map<String, String> ownerOfPerson, List<String> leaks) {
        String body = answer.body() == null ? "" : answer.body();
        Matcher ids = AdversarialSystemIT.UUID_TEXT.matcher(body);
        while (ids.find()) {
            String owner = ownerOfPerson.get(ids.group());
            if (owner != null && !owner.equals(centre.id())) {
                leaks.add(centre.id() + " saw " + owner + "'s person " + ids.group() + ": " + AdversarialSystemIT.abbreviate(body));
            }
        }
        if (answer.status() >= 500) {
            leaks.add(centre.id() + " got " + answer.status() + ": " + AdversarialSystemIT.abbreviate(body));
        }
    }

    private static String person(String marker, int number) {
        return """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1970-01-0%d","gender":"FEMALE","amka":"%s"}"""
                .formatted(number == 0 ? "Ελένη" : "Σοφία", marker, number + 1, amka(marker, number));
    }

    /** A valid AMKA (birth date 0%d0170 + serial, Luhn check digit) unique per marker and person. */
    static String amka(String marker, int number) {
        String digits = "0" + (number + 1) + "0170" + String.format("%04d", Math.floorMod(marker.hashCode() * 7 + number, 10000));
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits + ((10 - sum % 10) % 10);
    }

    /** A Greek surname unique per centre in this run: "Σφυρί" and two letters per centre, two per run. */
    private static String marker(int index, String run) {
        int letters = GREEK.length();
        return "Σφυρί" + run + GREEK.charAt((index / letters) % letters) + GREEK.charAt(index % letters);
    }

    private static Centre onboard(Platform platform, String admin, String id, String marker) {
        Http.Response created = Http.post(platform.gatewayUrl() + "/admin/api/tenants", admin, """
                {"id":"%s","nameEl":"Κέντρο Κοινότητας Δήμου Σφυριού","nameEn":"Community Centre of Hammer",
                 "municipality":"Σφυρί","region":"attica"}""".formatted(id));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode centre = created.json();
        assertThat(centre.path("status").asString()).as("item 8: onboarded at once, " + created.body())
                .isEqualTo("ACTIVE");
        String username = centre.path("firstCoordinator").path("username").asString();
        String password = "Hammer-" + UUID.randomUUID();
        setPassword(platform, username, password);
        return new Centre(id, platform.keycloak().passwordGrant(username, password), marker, new CopyOnWriteArrayList<>());
    }

    /** What the coordinator does on Keycloak's "update password" page, through the admin API (local stack only). */
    private static void setPassword(Platform platform, String username, String password) {
        String admin = platform.keycloak().baseUrl() + "/admin/realms/kentra";
        String token = platform.keycloak().adminToken();
        JsonNode users = Http.JSON.readTree(send(HttpRequest.newBuilder(URI.create(admin + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                .GET().build()).body());
        HttpResponse<String> reset = send(HttpRequest.newBuilder(URI.create(admin + "/users/"
                        + users.get(0).path("id").asString() + "/reset-password"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}"))
                .build());
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
