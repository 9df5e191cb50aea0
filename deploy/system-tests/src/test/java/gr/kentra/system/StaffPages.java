package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * What every browser test of the centre's pages does: log in through Keycloak's own page, wait for the parts htmx
 * loads, and check a page (a full-page screenshot under {@code target/screenshots/}, then axe-core's WCAG 2.1
 * A/AA rules with no serious or critical violation).
 */
final class StaffPages {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private StaffPages() {
    }

    /** Keycloak's login (identifier-first or one step) until the gateway has the browser back. */
    static void logIn(Page page, String gateway, String username, String password) {
        for (int step = 0; step < 4 && !page.url().startsWith(gateway); step++) {
            if (page.locator("#username").isVisible() && page.locator("#username").isEditable()) {
                page.fill("#username", username);
            }
            if (page.locator("#password").isVisible()) {
                page.fill("#password", password);
            }
            page.locator("#kc-login, button[type=submit], input[type=submit]").first().click();
            page.waitForLoadState(LoadState.LOAD);
        }
        page.waitForURL(url -> url.startsWith(gateway));
    }

    /** The page and the parts htmx loads into it. */
    static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** A screenshot, then axe-core's WCAG 2.1 A/AA rules: no serious or critical violation. */
    static void check(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        List<Rule> violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(violations).as(name + ": " + violations.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .toList()).toList()).isEmpty();
    }
}
