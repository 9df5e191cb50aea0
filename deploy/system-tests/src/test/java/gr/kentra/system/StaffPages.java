package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * What every browser test of the centre's pages does: log in through Keycloak's own page, wait for the parts htmx
 * loads, and check a page (a full-page screenshot under {@code target/screenshots/}, then axe-core's WCAG 2.1
 * A/AA rules with no serious or critical violation).
 */
final class StaffPages {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The axe-core script bundled with axe-core's Playwright binding (so its version is the pom's). */
    private static final String AXE_SCRIPT = AxeBuilder.getAxeScript();

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
        assertThat(seriousViolations(page)).as(name).isEmpty();
    }

    /**
     * The serious and critical violations of axe-core's WCAG 2.1 A/AA rules in the page's document, each as its
     * rule id and the nodes it found. axe-core's own Java runner took 1.5–3 s a page (it re-injects its 560 kB
     * script each time, finishes every run in a new blank page and ships every passed node back as JSON); this
     * injects the same bundled script once per document and returns only what is asserted. It checks the top
     * document only: the pages have no frames (their CSP allows none).
     */
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => {" + AXE_SCRIPT + "\n}");
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                    .then(results => results.violations
                        .filter(rule => rule.impact === 'serious' || rule.impact === 'critical')
                        .map(rule => rule.id + ' ' + JSON.stringify(rule.nodes.map(node => node.target))))""",
                WCAG_21_AA);
        return violations;
    }
}
