package gr.kentra.system;

import static gr.kentra.system.StaffPages.check;
import static gr.kentra.system.StaffPages.logIn;
import static gr.kentra.system.StaffPages.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * pages and files refused with this centre's session, plain or through encoded paths.
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
}
