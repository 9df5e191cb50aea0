package gr.kentra.system;

import static gr.kentra.system.StaffPages.check;
import static gr.kentra.system.StaffPages.logIn;
import static gr.kentra.system.StaffPages.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin pages, the dashboards and Keycloak's login page in the platform's one look, in real Chromium through
 * the gateway: each role lands where it works, every page has the shared header and footer, axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation, screenshots under {@code target/screenshots/}.
 */
class AdminAndDashboardsBrowserIT {

    @BeforeAll
    static void chromium() {
        Chromium.requirePresent();
    }

    @Test
    void aPlatformAdministratorLandsOnTheRegistryAndItsPagesAreAccessible() {
        String gateway = SystemUnderTest.platform().gatewayUrl();
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("el-GR")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> refused = cspRefusals(page);
            page.navigate(gateway + "/");
            page.waitForSelector("#username");
            assertThat(page.locator("link[href*='kentra-login.css']").count()).as("the login theme").isEqualTo(1);
            check(page, "admin-00-login");
            logIn(page, gateway, "platform-admin", "demo");
            assertThat(page.url()).isEqualTo(gateway + "/admin/");
            settle(page);
            assertThat(page.locator(".kentra-header").innerText()).contains("Kentra", "Αποσύνδεση");
            assertThat(page.locator("footer a[href='/admin/accessibility']").count()).isEqualTo(1);
            check(page, "admin-01-list");

            page.navigate(gateway + "/admin/centres/moschato-tavros");
            settle(page);
            check(page, "admin-02-detail");
            // Placement from the page: asking for the cell the centre is on moves nothing, and the page says so.
            page.locator("#placement .placement-submit").click();
            page.waitForSelector("#placement .placement-result");
            assertThat(page.locator("#placement .placement-result").innerText()).contains("ήδη");
            check(page, "admin-02-detail-placement");

            page.navigate(gateway + "/admin/centres/new");
            settle(page);
            check(page, "admin-03-form");
            page.fill("#id", "browser-check");
            page.locator("#email").fill("not-an-address");
            page.locator("#centre-form button[type=submit]").click();
            page.waitForSelector("[data-error-summary]");
            settle(page);
            // The summary has the focus, so that a screen reader reads it and the reader sees it.
            assertThat(page.evaluate("document.activeElement.hasAttribute('data-error-summary')")).isEqualTo(true);
            assertThat(page.locator("#nameEl-error").innerText()).isNotBlank();
            check(page, "admin-04-form-errors");

            page.navigate(gateway + "/admin/accessibility");
            check(page, "admin-05-accessibility");
            // The gateway's chooser of centres wears the same look (an administrator belongs to none).
            page.navigate(gateway + "/centres");
            assertThat(page.locator(".kentra-header").innerText()).contains("Kentra", "Αποσύνδεση");
            assertThat(page.locator("a.govuk-skip-link[href='#main']").count()).isEqualTo(1);
            check(page, "admin-06-centre-chooser");
            // None anywhere, the onboarding form after its htmx swap included (htmx no longer settles style
            // attributes: axe-core leaves style="" behind, which htmx copied with setAttribute, once per field).
            assertThat(refused).as("CSP refusals").isEmpty();
        }
    }

    @Test
    void anAnalystLandsOnTheDashboardsAndTheirPagesAreAccessible() {
        String gateway = SystemUnderTest.platform().gatewayUrl();
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("el-GR")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> refused = cspRefusals(page);
            page.navigate(gateway + "/");
            logIn(page, gateway, "analyst", "demo");
            assertThat(page.url()).isEqualTo(gateway + "/dashboards/");
            settle(page);
            assertThat(page.locator(".kentra-header").innerText()).contains("Kentra", "Αποσύνδεση");
            check(page, "dashboards-01-national");

            // A wide table scrolls by keyboard: its labelled region takes the focus.
            page.locator("#detail").locator("xpath=..").focus();
            assertThat(page.evaluate("document.activeElement.getAttribute('role')")).isEqualTo("region");

            page.navigate(gateway + "/dashboards/regions/attica");
            settle(page);
            assertThat(page.locator("h1").innerText()).isEqualTo("Περιφέρεια Αττικής");
            check(page, "dashboards-02-region");

            page.navigate(gateway + "/dashboards/esf");
            settle(page);
            check(page, "dashboards-03-esf");

            assertThat(page.navigate(gateway + "/dashboards/regions/atlantis").status()).isEqualTo(404);
            check(page, "dashboards-04-not-found");

            page.navigate(gateway + "/dashboards/accessibility?lang=en");
            check(page, "dashboards-05-accessibility-en");
            assertThat(refused).as("CSP refusals").isEmpty();
        }
    }

    private static List<String> cspRefusals(Page page) {
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                refused.add(page.url() + ": " + message.text());
            }
        });
        return refused;
    }
}
