package gr.kentra.system;

import static gr.kentra.system.StaffPages.check;
import static gr.kentra.system.StaffPages.logIn;
import static gr.kentra.system.StaffPages.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A social worker's day in real Chromium, through the gateway and Keycloak's own login page: she lands on her
 * centre's home, finds a person by a Latin misspelling, registers someone (a bad AMKA first), opens the card,
 * adds a request and a referral, books an appointment (in the walk-in hours first), tries another centre, and
 * logs out. axe-core checks every page (WCAG 2.1 A/AA): no serious or
 * critical violation. Screenshots go to {@code target/screenshots/}.
 */
class StaffPagesBrowserIT {

    private static final String CENTRE = "moschato-tavros";
    private static final long SEED = System.nanoTime();

    @BeforeAll
    static void chromium() {
        Chromium.requirePresent();
    }

    @Test
    void aSocialWorkersDayInTheBrowser() {
        System.out.println("StaffPagesBrowserIT seed " + SEED);
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String token = platform.keycloak().passwordGrant("moschato-tavros-social", "demo");
        Http.Response known = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", token, """
                {"firstName":"Χαράλαμπος","lastName":"Χατζηδάκης","dateOfBirth":"1961-04-12","gender":"MALE"}""");
        assertThat(known.status()).as(known.body()).isEqualTo(201);
        String elsewhere = Http.post(gateway + "/t/elefsina/api/beneficiaries",
                platform.keycloak().passwordGrant("elefsina-social", "demo"), """
                {"firstName":"Ιωάννα","lastName":"Κανάκη","dateOfBirth":"1970-01-01","gender":"FEMALE"}""")
                .json().path("id").asString();

        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("el-GR")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> consoleErrors = new java.util.ArrayList<>();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                    consoleErrors.add(message.text());
                }
            });

            page.navigate(gateway + "/");
            logIn(page, gateway, "moschato-tavros-social", "demo");
            assertThat(page.url()).isEqualTo(gateway + "/t/" + CENTRE + "/");
            settle(page);
            assertThat(page.locator("h1").innerText()).contains("Η ημέρα μου");
            // The header names the centre as the registry does (its slug only until the first poll of the names).
            assertThat(page.locator(".kentra-header").innerText()).contains("Δήμου Μοσχάτου", "Αποσύνδεση");
            check(page, "01-home");

            Locator box = page.locator("#find-person");
            box.pressSequentially("hatzidakis", new Locator.PressSequentiallyOptions().setDelay(40));
            Locator hit = page.locator("#find-person-results a", new Page.LocatorOptions().setHasText("Χατζηδάκης"));
            hit.first().waitFor();
            box.press("ArrowDown");
            assertThat(page.evaluate("document.activeElement.getAttribute('href')").toString())
                    .startsWith("/t/" + CENTRE + "/people/");
            check(page, "02-find-as-you-type");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/t/" + CENTRE + "/people/[0-9a-f-]{36}$"));
            settle(page);
            assertThat(page.locator("h1").innerText()).contains("Χατζηδάκης");
            check(page, "03-card-found");

            page.locator("nav a", new Page.LocatorOptions().setHasText("Νέος ωφελούμενος")).click();
            page.waitForURL(gateway + "/t/" + CENTRE + "/people/new");
            settle(page);
            check(page, "04-register");
            String surname = "Δοκιμάκη" + (char) ('Α' + new Random(SEED).nextInt(20));
            page.fill("#lastName", surname);
            page.fill("#firstName", "Ευανθία");
            page.fill("#dateOfBirth", "03/02/1988");
            page.check("#gender");
            page.fill("#amka", "03028800009");
            page.fill("#phone", "210 9400000");
            page.click("main button[type=submit]");
            page.locator(".govuk-error-summary").waitFor();
            assertThat(page.locator("#amka").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#amka-error").innerText()).contains("ΑΜΚΑ");
            assertThat(page.locator("#lastName").inputValue()).isEqualTo(surname);
            assertThat(page.locator("#dateOfBirth").inputValue()).isEqualTo("03/02/1988");
            assertThat(page.locator("#phone").inputValue()).isEqualTo("210 9400000");
            page.waitForFunction("document.activeElement && document.activeElement.classList.contains('govuk-error-summary')");
            check(page, "05-register-bad-amka");

            page.fill("#amka", amka("030288", new Random(SEED)));
            page.click("main button[type=submit]");
            page.waitForURL(Pattern.compile(".*/t/" + CENTRE + "/people/[0-9a-f-]{36}(\\?.*)?$"));
            settle(page);
            assertThat(page.locator("h1").innerText()).contains(surname, "Ευανθία");
            assertThat(page.locator("main").innerText()).contains("03/02/1988");
            check(page, "06-card-registered");
            String card = page.url().replaceFirst("\\?.*$", "");

            // She corrects the phone while a colleague saves the record first: nothing she typed is lost, the
            // value saved meanwhile is shown beside the field, and saving again is her decision.
            page.locator("#edit-person").click();
            page.waitForURL(card + "/edit");
            settle(page);
            check(page, "06a-edit-person");
            String personApi = gateway + "/t/" + CENTRE + "/api/beneficiaries/" + card.substring(card.lastIndexOf('/') + 1);
            Http.Response colleague = Http.put(personApi, token, Http.get(personApi, token).body()
                    .replaceFirst("\"phone\":\"[^\"]*\"", "\"phone\":\"210 9411111\""));
            assertThat(colleague.status()).as(colleague.body()).isEqualTo(200);
            page.fill("#phone", "6944 000000");
            page.click("main button[type=submit]");
            page.locator("#phone-current").waitFor();
            assertThat(page.locator("#phone").inputValue()).isEqualTo("6944 000000");
            assertThat(page.locator("#phone-current").innerText()).contains("210 9411111");
            assertThat(page.locator(".govuk-error-summary").innerText()).contains("στο μεταξύ");
            check(page, "06b-edit-stale");
            page.click("main button[type=submit]");
            page.waitForURL(card + "?saved");
            settle(page);
            assertThat(page.locator("main").innerText()).contains("6944 000000");
            check(page, "06c-card-saved");

            page.locator("a", new Page.LocatorOptions().setHasText("Νέο αίτημα")).click();
            page.waitForURL(card + "/requests/new");
            settle(page);
            check(page, "07-new-request");
            page.selectOption("#type", new SelectOption().setIndex(1));
            page.fill("#description", "Αίτημα για επίδομα θέρμανσης.");
            page.click("main button[type=submit]");
            page.waitForURL(card);
            settle(page);
            assertThat(page.locator("section[aria-labelledby=requests-heading]").innerText()).contains("Παραλήφθηκε");
            check(page, "08-card-with-request");

            page.locator("a.govuk-button", new Page.LocatorOptions().setHasText("Παραπομπή")).click();
            page.waitForURL(card + "/referrals/new");
            settle(page);
            check(page, "08a-new-referral");
            page.selectOption("#partnerId", new SelectOption().setIndex(1));
            page.fill("#reason", "Τρόφιμα για την οικογένεια.");
            page.click("main button[type=submit]");
            page.waitForURL(card);
            settle(page);
            assertThat(page.locator("section[aria-labelledby=referrals-heading]").innerText())
                    .contains("Τρόφιμα για την οικογένεια.");
            check(page, "08b-card-with-referral");

            page.locator("a.govuk-button", new Page.LocatorOptions().setHasText("Κλείσιμο ραντεβού")).click();
            page.waitForURL(card + "/appointments/new");
            settle(page);
            check(page, "08c-book");
            String day = bookableDay(new Random(SEED));
            page.fill("#date", day);
            page.fill("#start", "10:00");
            page.fill("#end", "10:30");
            page.fill("#purpose", "Πρώτη συνάντηση");
            page.click("main button[type=submit]");
            page.locator(".govuk-error-summary").waitFor();
            assertThat(page.locator("#start").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#start-error").innerText()).contains("ελεύθερης προσέλευσης");
            assertThat(page.locator("#date").inputValue()).isEqualTo(day);
            check(page, "08d-book-walk-in-hours");
            String start = "%02d:%02d".formatted(13 + new Random(SEED).nextInt(3), 15 * new Random(SEED + 1).nextInt(4));
            page.fill("#start", start);
            page.fill("#end", java.time.LocalTime.parse(start).plusMinutes(15).toString());
            page.click("main button[type=submit]");
            page.waitForURL(card);
            settle(page);
            assertThat(page.locator("section[aria-labelledby=appointments-heading]").innerText())
                    .contains(day + " " + start);
            check(page, "08e-card-with-appointment");

            page.fill("#walk-in-purpose", "Βεβαίωση για το ΚΕΑ");
            page.locator("form.kentra-checkin button[type=submit]").click();
            page.locator("p#check-in[role=status]").waitFor();
            check(page, "08f-card-checked-in");
            page.navigate(gateway + "/t/" + CENTRE + "/");
            settle(page);
            Locator queue = page.locator("#walk-in-queue");
            assertThat(queue.innerText()).contains(surname, "Βεβαίωση για το ΚΕΑ");
            check(page, "08g-home-walk-in-waiting");
            queue.locator("li", new Locator.LocatorOptions().setHasText(surname))
                    .locator("button[value=SEEN]").click();
            page.locator("#walk-in-queue details").waitFor();
            assertThat(page.locator("#walk-in-queue li", new Page.LocatorOptions().setHasText(surname))
                    .locator("button").count()).isZero();
            check(page, "08h-home-walk-in-seen");
            page.navigate(card);
            settle(page);

            Response foreignCentre = page.navigate(gateway + "/t/elefsina/");
            assertThat(foreignCentre.status()).as("another centre's page").isEqualTo(403);
            Response foreignPerson = page.navigate(gateway + "/t/" + CENTRE + "/people/" + elsewhere);
            assertThat(foreignPerson.status()).as("another centre's person under this centre").isEqualTo(404);
            assertThat(page.locator("main").innerText()).contains("δεν βρέθηκε").doesNotContain("Κανάκη");
            settle(page);
            check(page, "09-not-found");

            page.navigate(card + "?lang=en");
            settle(page);
            assertThat(page.locator("h2#identity-heading").innerText()).isEqualTo("Identity");
            check(page, "10-card-english");
            page.navigate(card + "?lang=el");
            settle(page);

            Response logout = page.waitForResponse(response -> response.url().endsWith("/logout")
                    && "POST".equals(response.request().method()),
                    () -> page.locator(".kentra-header__button").click());
            assertThat(logout.status()).as("logout accepted with the CSRF header").isLessThan(400);
            page.waitForURL(url -> !url.equals(card + "?lang=el"));
            assertThat(consoleErrors).as("nothing refused by the Content Security Policy").isEmpty();
            // Logout ended Keycloak's session too: the next visit asks for the password again.
            page.navigate(card);
            page.waitForLoadState(LoadState.LOAD);
            // Keycloak's login page (identifier-first: the username comes before the password), not the card.
            assertThat(page.url()).as("the next visit goes to Keycloak's login").doesNotStartWith(gateway);
            assertThat(page.locator("#username, #password").first().isVisible())
                    .as("the next visit asks who is there again").isTrue();
        }
    }

    /**
     * The counselling and document pages: a psychologist records a group session from the card (the other found
     * by name) and edits it; the coordinator opens its notes by break-glass with a reason, issues an attestation
     * from the card and reads the timeline filtered to her own reads; anyone checks a document's code on the
     * public verification page.
     */
    @Test
    void aGroupSessionBreakGlassAndAnAttestationFromTheCard() {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String token = platform.keycloak().passwordGrant("moschato-tavros-social", "demo");
        String suffix = String.valueOf((char) ('Α' + new Random(SEED + 2).nextInt(20)));
        String person = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", token, """
                {"firstName":"Αγλαΐα","lastName":"Συνεδριάδη%s","dateOfBirth":"1979-05-05","gender":"FEMALE"}"""
                .formatted(suffix)).json().path("id").asString();
        String otherSurname = "Ομαδίτη" + suffix;
        Http.Response other = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", token, """
                {"firstName":"Ρένα","lastName":"%s","dateOfBirth":"1983-08-08","gender":"FEMALE"}"""
                .formatted(otherSurname));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        String card = gateway + "/t/" + CENTRE + "/people/" + person;
        String notes = "Ομάδα γονέων· η Αγλαΐα μίλησε πρώτη.";

        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            Browser.NewContextOptions greek = new Browser.NewContextOptions().setLocale("el-GR").setViewportSize(1280, 900);
            String session;
            try (BrowserContext psychologist = browser.newContext(greek)) {
                Page page = psychologist.newPage();
                page.navigate(gateway + "/");
                logIn(page, gateway, "moschato-tavros-psy", "demo");
                page.navigate(card);
                settle(page);
                page.locator("a.govuk-button", new Page.LocatorOptions().setHasText("Καταγραφή συνεδρίας")).click();
                page.waitForURL(card + "/sessions/new");
                settle(page);
                page.check("#type-GROUP");
                page.locator("#participants").pressSequentially(otherSurname,
                        new Locator.PressSequentiallyOptions().setDelay(30));
                Locator found = page.locator("#participant-results label",
                        new Page.LocatorOptions().setHasText(otherSurname)).first();
                found.waitFor();
                found.click();
                page.locator("[data-picked] input:checked").first().waitFor();
                page.fill("#durationMinutes", "90");
                page.selectOption("#topic", "PARENTING");
                page.fill("#notes", notes);
                check(page, "11-session-group-form");
                page.click("main form button[type=submit]");
                page.waitForURL(card);
                settle(page);
                assertThat(page.locator("main").innerText()).contains("Ομαδική", "με 1 ακόμη άτομα");
                check(page, "12-card-with-group-session");

                page.locator("main a", new Page.LocatorOptions().setHasText("Άνοιγμα συνεδρίας")).first().click();
                page.waitForURL(Pattern.compile(".*/sessions/[0-9a-f-]{36}$"));
                session = page.url();
                page.locator("main a[href$='/edit']").click();
                page.waitForURL(session + "/edit");
                assertThat(page.locator("#notes").inputValue()).isEqualTo(notes);
                check(page, "13-session-edit");
                page.fill("#durationMinutes", "75");
                page.click("main form button[type=submit]");
                page.waitForURL(session);
                assertThat(page.locator("main dl").innerText()).contains("75");
            }

            try (BrowserContext coordinator = browser.newContext(greek)) {
                Page page = coordinator.newPage();
                page.navigate(gateway + "/");
                logIn(page, gateway, "moschato-tavros-coord", "demo");
                page.navigate(session);
                assertThat(page.locator("main").innerText()).doesNotContain(notes);
                // The same page as 15 (axe runs there): a screenshot only.
                page.screenshot(new Page.ScreenshotOptions().setPath(StaffPages.SCREENSHOTS
                        .resolve("14-break-glass-form.png")).setFullPage(true));
                page.fill("#reason", "Εισαγγελική παραγγελία για εκτίμηση κινδύνου του παιδιού");
                page.click("main form button[type=submit]");
                page.locator("#opened-notes").waitFor();
                assertThat(page.locator("#opened-notes").innerText()).isEqualTo(notes);
                check(page, "15-break-glass-opened");

                page.navigate(card);
                settle(page);
                page.locator("main a[href$='/documents']").first().click();
                page.waitForURL(card + "/documents");
                // The same page as 17 (axe runs there): a screenshot only.
                page.screenshot(new Page.ScreenshotOptions().setPath(StaffPages.SCREENSHOTS
                        .resolve("16-documents.png")).setFullPage(true));
                page.check("input[name=type][value=REGISTRATION_ATTESTATION]");
                page.click("main form button[type=submit]");
                page.waitForURL(Pattern.compile(".*/documents\\?issued=[0-9a-f-]{36}$"));
                assertThat(page.locator(".govuk-panel").innerText()).contains("Βεβαίωση εγγραφής");
                assertThat(page.locator("main table").innerText()).contains("Βεβαίωση εγγραφής");
                check(page, "17-document-issued");

                page.navigate(card + "/timeline?kind=views&actor=moschato-tavros-coord");
                assertThat(page.locator("main table").innerText()).contains("Άνοιγμα προστατευμένων σημειώσεων");
                check(page, "18-timeline-filtered");
            }

            // The printed code is checked by anyone, signed in or not (a code issued through the API: the page's
            // code lives inside its PDF).
            String code = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries/" + person + "/documents", token,
                    """
                    {"type":"REGISTRATION_ATTESTATION","language":"el"}""").json().path("verificationCode").asString();
            try (BrowserContext anyone = browser.newContext(greek)) {
                Page page = anyone.newPage();
                page.navigate(gateway + "/verify");
                page.fill("#code", code);
                page.click("main form button[type=submit]");
                page.locator("section.genuine").waitFor();
                assertThat(page.locator("section.genuine").innerText()).contains("Βεβαίωση εγγραφής");
                check(page, "19-verify-genuine");
            }
        }
    }

    /** A weekday one to eight weeks ahead, as dd/mm/yyyy: the demo centre is open Monday to Friday. */
    static String bookableDay(Random random) {
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Athens"))
                .plusDays(7 + random.nextInt(50));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A valid AMKA for the date digits (DDMMYY): four random digits and the Luhn check digit. */
    static String amka(String ddmmyy, Random random) {
        String body = ddmmyy + String.format("%04d", random.nextInt(10_000));
        for (int check = 0; check < 10; check++) {
            String candidate = body + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
