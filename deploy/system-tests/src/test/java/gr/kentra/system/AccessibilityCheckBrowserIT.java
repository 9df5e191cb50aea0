package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' accessibility check itself ({@link StaffPages#check}), on pages written here: it must fail
 * on what axe-core calls serious or critical, and only on that, every time it runs on the same document.
 */
class AccessibilityCheckBrowserIT {

    @BeforeAll
    static void chromium() {
        Chromium.requirePresent();
    }

    @Test
    void aPageWithAnUnlabelledFieldAndAnImageWithoutTextFailsAndSaysWhere() {
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage();
            page.setContent("""
                    <!doctype html><html lang="el"><head><title>Δοκιμή</title></head><body><main>
                    <h1>Δοκιμή</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="photo">
                    <input id="amka" name="amka"></main></body></html>""");

            assertThat(StaffPages.seriousViolations(page))
                    .anySatisfy(violation -> assertThat(violation).startsWith("image-alt ").contains("#photo"))
                    .anySatisfy(violation -> assertThat(violation).startsWith("label ").contains("#amka"));
            // A second check of the same document (the script is already there) finds the same.
            assertThat(StaffPages.seriousViolations(page)).hasSize(2);
            assertThatThrownBy(() -> StaffPages.check(page, "accessibility-check-failing"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
        }
    }

    @Test
    void aLabelledPagePasses() {
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newPage();
            page.setContent("""
                    <!doctype html><html lang="el"><head><title>Δοκιμή</title></head><body>
                    <main><h1>Δοκιμή</h1>
                    <label for="amka">ΑΜΚΑ</label><input id="amka" name="amka"></main></body></html>""");

            assertThat(StaffPages.seriousViolations(page)).isEmpty();
            StaffPages.check(page, "accessibility-check-passing");
        }
    }
}
