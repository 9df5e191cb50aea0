package gr.kentra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated casework for a demo centre: people with a socio-economic profile and requests at various stages,
 * entered through the public API as the centre's social worker, exactly as staff would. The local stack runs it
 * once per seed centre, so search, the record card and the national indicators have something to show.
 * Everyone here is invented; names come from common Greek first names and surnames.
 */
public final class DemoCasework {

    private static final String[] WOMEN = {"Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική",
        "Γεωργία", "Δήμητρα", "Ευαγγελία", "Ιωάννα", "Χριστίνα", "Παναγιώτα", "Αναστασία", "Ειρήνη"};
    private static final String[] MEN = {"Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος",
        "Παναγιώτης", "Βασίλειος", "Χρήστος", "Αθανάσιος", "Μιχαήλ", "Ευάγγελος", "Σπυρίδων", "Αντώνιος"};
    /** Surnames as {male form, female form}. */
    private static final String[][] SURNAMES = {{"Παπαδόπουλος", "Παπαδοπούλου"}, {"Βλάχος", "Βλάχου"},
        {"Γεωργίου", "Γεωργίου"}, {"Οικονόμου", "Οικονόμου"}, {"Παπαδάκης", "Παπαδάκη"}, {"Μακρής", "Μακρή"},
        {"Αντωνίου", "Αντωνίου"}, {"Νικολάου", "Νικολάου"}, {"Δημητρίου", "Δημητρίου"}, {"Καραγιάννης", "Καραγιάννη"},
        {"Ιωαννίδης", "Ιωαννίδου"}, {"Αλεξίου", "Αλεξίου"}, {"Κωνσταντίνου", "Κωνσταντίνου"}, {"Μαυρίδης", "Μαυρίδου"}};
    private static final String[] EMPLOYMENT = {"UNEMPLOYED", "LONG_TERM_UNEMPLOYED", "INACTIVE", "EMPLOYED",
        "INACTIVE_IN_EDUCATION", "LONG_TERM_UNEMPLOYED", "UNEMPLOYED"};
    private static final String[] HOUSING = {"OWNED_OR_RENTED", "OWNED_OR_RENTED", "WITH_FAMILY_OR_FRIENDS",
        "SOCIAL_HOUSING", "INSECURE", "HOUSING_EXCLUSION"};
    private static final String[] REQUEST_TYPES = {"INFORMATION", "GMI_APPLICATION", "GMI_AMENDMENT",
        "HOUSING_ALLOWANCE", "OPEKA_DISABILITY_ALLOWANCE", "UNINSURED_ELDERLY_ALLOWANCE", "PSYCHOSOCIAL_SUPPORT",
        "EMPLOYMENT_COUNSELLING", "GOODS"};
    private static final String[] CHANNELS = {"WALK_IN", "WALK_IN", "PHONE", "APPOINTMENT"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String centreApi;
    private static final int RATE_LIMIT_RETRIES = 5;

    private final String token;
    private final Random random;

    private DemoCasework(String gateway, String centre, String token) {
        this.centreApi = gateway + "/t/" + centre + "/api";
        this.token = token;
        this.random = new Random(centre.hashCode());
    }

    /**
     * Adds {@code people} generated people (with profile and requests) to the centre unless it already has
     * someone; returns how many were added.
     */
    public static int fillIfEmpty(Platform platform, String centre, String socialWorker, int people) {
        DemoCasework demo = new DemoCasework(platform.gatewayUrl(), centre,
                platform.keycloak().passwordGrant(socialWorker, "demo"));
        Matcher total = TOTAL.matcher(demo.call("GET", "/beneficiaries?size=1", null, 200));
        if (total.find() && Long.parseLong(total.group(1)) > 0) {
            return 0;
        }
        for (int i = 0; i < people; i++) {
            demo.onePerson();
        }
        return people;
    }

    private void onePerson() {
        boolean woman = random.nextBoolean();
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
        String person = id(call("POST", "/beneficiaries", """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"%s"}"""
                .formatted(first, woman ? surname[1] : surname[0], born, woman ? "FEMALE" : "MALE"), 201));
        call("PUT", "/beneficiaries/" + person + "/profile", """
                {"employmentStatus":"%s","unemploymentMonths":%d,"iscedLevel":%d,"housingSituation":"%s",
                 "disability":%b,"migrant":%b,"foreignBackground":%b,"roma":%b,"ruralArea":%b,"singleParent":%b,
                 "otherDisadvantage":false,"version":null}"""
                .formatted(EMPLOYMENT[random.nextInt(EMPLOYMENT.length)], random.nextInt(36), random.nextInt(9),
                        HOUSING[random.nextInt(HOUSING.length)], random.nextInt(8) == 0, random.nextInt(6) == 0,
                        random.nextInt(10) == 0, random.nextInt(15) == 0, random.nextInt(5) == 0,
                        random.nextInt(7) == 0), 200);
        int requests = 1 + random.nextInt(3);
        for (int r = 0; r < requests; r++) {
            String request = id(call("POST", "/requests", """
                    {"beneficiaryId":"%s","type":"%s","channel":"%s","receivedOn":"%s",
                     "description":"Αίτημα που δημιουργήθηκε για την επίδειξη της πλατφόρμας."}"""
                    .formatted(person, REQUEST_TYPES[random.nextInt(REQUEST_TYPES.length)],
                            CHANNELS[random.nextInt(CHANNELS.length)], LocalDate.now().minusDays(random.nextInt(90))),
                    201));
            int stage = random.nextInt(4);
            if (stage >= 1) {
                call("POST", "/requests/" + request + "/transitions", "{\"to\":\"IN_PROGRESS\",\"version\":0}", 200);
            }
            if (stage >= 2) {
                call("POST", "/requests/" + request + "/transitions", """
                        {"to":"%s","outcome":"Ολοκληρώθηκε η εξυπηρέτηση.","version":1}"""
                        .formatted(stage == 2 ? "COMPLETED" : "REJECTED"), 200);
            }
        }
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return matcher.group(1);
    }

    private String call(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(centreApi + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // The gateway's rate limit answers 429 with Retry-After: a polite client waits that long and tries again.
            for (int retry = 0; response.statusCode() == 429 && retry < RATE_LIMIT_RETRIES; retry++) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))));
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The seed centres, in the background after the banner: the stack is usable while they fill. */
    static void fillSeedCentresInBackground(Platform platform, List<String> centres, int people) {
        Thread filler = new Thread(() -> {
            try {
                int added = 0;
                for (String centre : centres) {
                    added += fillIfEmpty(platform, centre, centre + "-social", people);
                }
                if (added > 0) {
                    System.out.println("Demo casework: " + added + " generated people with profiles and requests"
                            + " in " + centres.size() + " centres.");
                }
            } catch (RuntimeException e) {
                System.out.println("Demo casework not added: " + e.getMessage());
            }
        }, "kentra-demo-casework");
        filler.setDaemon(true);
        filler.start();
    }
}
