package gr.kentra.system;

import static gr.kentra.system.StaffPages.check;
import static gr.kentra.system.StaffPages.logIn;
import static gr.kentra.system.StaffPages.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's lists and upkeep pages in real Chromium, through the gateway and Keycloak's login page: every
 * list, the week of appointments, caseload, audit trail, request types, partners, opening hours and the
 * accessibility statement, each checked by axe-core (no serious or critical WCAG 2.1 A/AA violation) and
 * photographed under {@code target/screenshots/}; each list's CSV and XLSX downloads; and another centre's
 * pages and files refused with this centre's session, plain or through encoded paths. And the directory form's
 * rows added and removed in place (its htmx island), a bad postal code in an added row named and focused.
 */
class CentreListsBrowserIT {

    private static final String CENTRE = "moschato-tavros";
    private static final String OTHER = "elefsina";
    private static final List<String> LISTS = List.of("requests", "referrals", "appointments", "investigations",
            "homeless-register", "distributions", "events", "caseload", "audit");
    private static final List<String> PAGES = List.of("lists", "coordination", "request-types", "partners",
            "opening-hours", "accessibility");

    @BeforeAll
    static void chromium() {
        Chromium.requirePresent();
    }

    @Test
    void aCoordinatorsListsAndUpkeepPagesAreAccessibleAndStayInHerCentre() {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String token = platform.keycloak().passwordGrant("moschato-tavros-social", "demo");
        Http.Response person = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", token, """
                {"firstName":"Σταματία","lastName":"Λιστάκη","dateOfBirth":"1958-09-09","gender":"FEMALE"}""");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        Http.Response request = Http.post(gateway + "/t/" + CENTRE + "/api/requests", token, """
                {"beneficiaryId":"%s","type":"GOODS","channel":"WALK_IN","receivedOn":"2026-12-01",
                 "description":"Τρόφιμα."}""".formatted(person.json().path("id").asString()));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        String theirs = platform.keycloak().passwordGrant("elefsina-social", "demo");
        Http.Response foreign = Http.post(gateway + "/t/" + OTHER + "/api/beneficiaries", theirs, """
                {"firstName":"Ζωή","lastName":"Ελευσινιώτη","dateOfBirth":"1962-02-02","gender":"FEMALE"}""");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(201);
        assertThat(Http.post(gateway + "/t/" + OTHER + "/api/requests", theirs, """
                {"beneficiaryId":"%s","type":"GOODS","channel":"WALK_IN","receivedOn":"2026-12-01",
                 "description":"Τρόφιμα."}""".formatted(foreign.json().path("id").asString())).status()).isEqualTo(201);

        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("el-GR")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(gateway + "/");
            logIn(page, gateway, "moschato-tavros-coord", "demo");
            settle(page);

            page.locator("nav a", new Page.LocatorOptions().setHasText("Λίστες")).click();
            page.waitForURL(gateway + "/t/" + CENTRE + "/lists");
            int shot = 20;
            for (String list : LISTS) {
                Response shown = page.navigate(gateway + "/t/" + CENTRE + "/" + list);
                assertThat(shown.status()).as(list).isEqualTo(200);
                settle(page);
                check(page, (shot++) + "-list-" + list);
                for (String format : List.of("csv", "xlsx")) {
                    APIResponse file = context.request().get(gateway + "/t/" + CENTRE + "/" + list
                            + "/export?format=" + format);
                    assertThat(file.status()).as(list + " " + format).isEqualTo(200);
                    assertThat(file.headers().get("content-disposition")).as(list).contains("." + format);
                }
            }
            page.navigate(gateway + "/t/" + CENTRE + "/requests?sort=person&q=%CE%BB%CE%B9%CF%83%CF%84%CE%B1%CE%BA%CE%B7");
            settle(page);
            assertThat(page.locator("main table").innerText()).contains("Λιστάκη Σταματία");
            assertThat(page.locator("th[aria-sort=ascending]").count()).isEqualTo(1);
            check(page, (shot++) + "-list-requests-filtered");
            for (String name : PAGES) {
                Response shown = page.navigate(gateway + "/t/" + CENTRE + "/" + name);
                assertThat(shown.status()).as(name).isEqualTo(200);
                settle(page);
                check(page, (shot++) + "-" + name);
            }
            page.navigate(gateway + "/t/" + CENTRE + "/accessibility?lang=en");
            settle(page);
            assertThat(page.locator("h1").innerText()).isEqualTo("Accessibility statement");
            check(page, (shot++) + "-accessibility-english");
            page.navigate(gateway + "/t/" + CENTRE + "/?lang=el");
            assertThat(page.locator("footer a", new Page.LocatorOptions().setHasText("Δήλωση προσβασιμότητας"))
                    .count()).isEqualTo(1);

            for (String list : LISTS) {
                for (String path : List.of("/t/" + OTHER + "/" + list, "/t/" + OTHER + "/" + list + "/export?format=csv",
                        "/%74/" + OTHER + "/" + list + "/export?format=csv",
                        "/t/" + CENTRE + "/%2e%2e/" + OTHER + "/" + list)) {
                    APIResponse refused = context.request().get(gateway + path);
                    assertThat(refused.status()).as(path).isIn(400, 403, 404);
                    assertThat(refused.text()).as(path).doesNotContain("Ελευσινιώτη");
                }
            }
        }
    }

    /**
     * A coordinator adds a private service to the directory with rows added in place (a second location, a
     * contact point, a service area; a blank contact row removed): each added row takes the focus, nothing typed is
     * lost, axe-core passes with the rows shown; a bad postal code in the second location is named in the error
     * summary, which takes the focus, and once corrected the saved service lists both locations, the contact and
     * the area.
     */
    @Test
    void aDirectoryServicesRowsAreAddedInPlaceAndABadRowIsNamedAndFocused() {
        String gateway = SystemUnderTest.platform().gatewayUrl();
        String name = "Κοινωνικό Φροντιστήριο " + (char) ('Α' + new Random().nextInt(24)) + new Random().nextInt(1000);
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("el-GR")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(gateway + "/");
            logIn(page, gateway, "moschato-tavros-coord", "demo");
            page.navigate(gateway + "/t/" + CENTRE + "/partners");
            settle(page);
            page.selectOption("#scope", "PRIVATE");
            page.fill("#name", name);
            page.selectOption("#kind", "NGO");
            page.fill("#phone", "210 4800000");
            field(page, "locations[0].address").fill("Πειραιώς 100");
            field(page, "locations[0].city").fill("Μοσχάτο");
            field(page, "locations[0].postalCode").fill("18345");

            addRow(page, "locations", "locations[1].address");
            field(page, "locations[1].address").fill("Θερμοπυλών 20");
            field(page, "locations[1].city").fill("Ταύρος");
            field(page, "locations[1].postalCode").fill("1777");
            addRow(page, "contacts", "contacts[1].name");
            field(page, "contacts[1].name").fill("Γραμματεία");
            field(page, "contacts[1].phone").fill("210 4800001");
            // The first contact row was left blank: removed in place, the typed one moves up and keeps its values.
            page.locator("#directory-form button[value='remove-contacts-0']").click();
            page.waitForFunction("id => document.activeElement && document.activeElement.id === id", "add-contacts");
            assertThat(field(page, "contacts[1].name").count()).isZero();
            assertThat(field(page, "contacts[0].name").inputValue()).isEqualTo("Γραμματεία");
            addRow(page, "serviceAreas", "serviceAreas[1].name");
            field(page, "serviceAreas[1].name").fill("Δήμος Μοσχάτου-Ταύρου");
            field(page, "serviceAreas[1].description").fill("Ταύρος και Καλλιθέα όρια");
            assertThat(page.locator("#name").inputValue()).isEqualTo(name);
            assertThat(page.locator("#scope").inputValue()).isEqualTo("PRIVATE");
            assertThat(field(page, "locations[0].postalCode").inputValue()).isEqualTo("18345");
            assertThat(field(page, "locations[1].city").inputValue()).isEqualTo("Ταύρος");
            assertThat(page.locator("#directory-form fieldset").count()).isEqualTo(5);
            check(page, "40-partners-rows-added");

            page.locator("#directory-form .govuk-button-group button[type=submit]").click();
            page.locator(".govuk-error-summary").waitFor();
            page.waitForFunction(
                    "() => document.activeElement && document.activeElement.classList.contains('govuk-error-summary')");
            Locator named = page.locator(".govuk-error-summary a[href='#locations[1].postalCode']");
            assertThat(named.innerText()).startsWith("Τοποθεσία 2: Ταχυδρομικός κώδικας");
            assertThat(page.locator(".govuk-error-summary li").count()).isEqualTo(1);
            Locator postalCode = field(page, "locations[1].postalCode");
            assertThat(postalCode.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(postalCode.inputValue()).isEqualTo("1777");
            assertThat(field(page, "locations[1].address").inputValue()).isEqualTo("Θερμοπυλών 20");
            assertThat(field(page, "locations[0].address").inputValue()).isEqualTo("Πειραιώς 100");
            assertThat(field(page, "contacts[0].phone").inputValue()).isEqualTo("210 4800001");
            assertThat(field(page, "serviceAreas[1].name").inputValue()).isEqualTo("Δήμος Μοσχάτου-Ταύρου");
            assertThat(page.locator("#name").inputValue()).isEqualTo(name);
            check(page, "41-partners-row-bad-postal-code");
            named.click();
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("locations[1].postalCode");
            // A row added after the failed save takes the focus; the summary of that save, whose links may name
            // renumbered rows, goes with the swap.
            addRow(page, "contacts", "contacts[1].name");
            assertThat(page.locator(".govuk-error-summary").count()).isZero();
            page.locator("#directory-form button[value='remove-contacts-1']").click();
            page.waitForFunction("id => document.activeElement && document.activeElement.id === id", "add-contacts");
            assertThat(field(page, "contacts[1].name").count()).isZero();
            assertThat(field(page, "contacts[0].name").inputValue()).isEqualTo("Γραμματεία");

            postalCode.fill("177 78");
            page.locator("#directory-form .govuk-button-group button[type=submit]").click();
            Locator saved = page.locator("main table tr", new Page.LocatorOptions().setHasText(name));
            saved.waitFor();
            settle(page);
            assertThat(page.locator(".govuk-error-summary").count()).isZero();
            assertThat(saved.innerText()).contains("Μόνο αυτό το κέντρο", "Πειραιώς 100, Μοσχάτο, 18345",
                    "Θερμοπυλών 20, Ταύρος, 177 78", "Γραμματεία, 210 4800001",
                    "Δήμος Μοσχάτου-Ταύρου (Ταύρος και Καλλιθέα όρια)");
            // The whole table fits the page at 1280 px: its switches are not hidden past a horizontal scroll.
            assertThat(page.evaluate("() => { const box = document.querySelector('main .kentra-table-scroll');"
                    + " return box.scrollWidth <= box.clientWidth; }")).isEqualTo(true);
            check(page, "42-partners-saved-with-rows");
        }
    }

    /** A field of the directory form's rows by its id, which holds brackets and a dot ({@code locations[1].city}). */
    private static Locator field(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    /** Adds a row in place (htmx swaps the form alone) and waits for the new row's first field to take the focus. */
    private static void addRow(Page page, String list, String first) {
        page.locator("#add-" + list).click();
        field(page, first).waitFor();
        page.waitForFunction("id => document.activeElement && document.activeElement.id === id", first);
    }
}
