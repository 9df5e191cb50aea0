package gr.kentra.system;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright: never a browser download (Playwright's own download is switched off).
 * Without Chromium the browser tests are skipped with a loud notice, except in CI ({@code CI=true}), where a
 * missing browser fails them ({@code .ci/run} installs it).
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("KENTRA_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    static void requirePresent() {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        String notice = "Chromium not found at " + EXECUTABLE + " (apt-get install chromium, or set KENTRA_CHROMIUM)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(notice + ": the browser tests must run in CI");
        }
        System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                + "!!! BROWSER TESTS SKIPPED: " + notice + "\n"
                + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        assumeTrue(false, notice);
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
    }
}
