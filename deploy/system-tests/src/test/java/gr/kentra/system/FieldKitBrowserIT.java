package gr.kentra.system;

import static gr.kentra.system.StaffPages.check;
import static gr.kentra.system.StaffPages.logIn;
import static gr.kentra.system.StaffPages.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mobile unit's field kit in real Chromium, through the gateway and Keycloak: a visit list checked out, the
 * network cut (DevTools offline emulation), a person registered (the AMKA checked in the page) and another edited,
 * goods handed out and a session held, the kit reopened offline from its service worker, the data in IndexedDB
 * unreadable without the PIN, then back online the changes synchronised and seen at the centre; the edit of a phone
 * the centre changed meanwhile is presented side by side, decided in the kit, and the decision seen at the centre.
 */
class FieldKitBrowserIT {

    private static final String CENTRE = "moschato-tavros";
    private static final String PIN = "246810";

    @BeforeAll
    static void chromium() {
        Chromium.requirePresent();
    }

    @Test
    void aMobileUnitWorksOfflineEncryptedAndSynchronisesBack() {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        String token = platform.keycloak().passwordGrant("moschato-tavros-social", "demo");
        // Five letters always (a UUID's a–f letters were sometimes fewer than five): the place is a word of its own.
        String village = "Καστανιά" + ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Http.Response person = Http.post(gateway + "/t/" + CENTRE + "/api/beneficiaries", token, """
                {"firstName":"Ευανθία","lastName":"Ορεινού","dateOfBirth":"1944-04-04","gender":"FEMALE",
                 "address":"Πλατεία 1, %s"}""".formatted(village));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        String id = person.json().path("id").asString();

        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("el-GR")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(gateway + "/");
            logIn(page, gateway, "moschato-tavros-social", "demo");
            settle(page);
            page.locator("main a[href$='/field/']").click();
            page.waitForURL(gateway + "/t/" + CENTRE + "/field/");
            unlock(page);
            check(page, "60-field-kit");

            page.fill("#kit-places", village);
            page.click("#kit-preview-button");
            page.waitForSelector("#kit-download:enabled");
            assertThat(page.locator("#kit-preview").innerText()).startsWith("1 ");
            page.click("#kit-download");
            page.waitForSelector("#kit-people li:has-text('Ορεινού')");
            page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");

            context.setOffline(true);
            // A new person: the AMKA is checked in the page before anything is kept.
            page.click("#kit-new-person");
            page.fill("#kit-firstName", "Χαρίκλεια");
            page.fill("#kit-lastName", "Βουνού");
            page.fill("#kit-dateOfBirth", "1950-03-03");
            page.selectOption("#kit-gender", "FEMALE");
            page.fill("#kit-amka", "12345678901");
            page.fill("#kit-address", village);
            page.click("#kit-person-form button[type=submit]");
            assertThat(page.locator("#kit-amka-error").innerText()).contains("ΑΜΚΑ");
            assertThat(page.locator("#kit-amka").getAttribute("aria-invalid")).isEqualTo("true");
            page.fill("#kit-amka", "");
            page.click("#kit-person-form button[type=submit]");
            // An edit of the person checked out.
            page.click("#kit-people button[data-person='" + id + "']");
            page.fill("#kit-phone", "+30 2441 055555");
            page.click("#kit-person-form button[type=submit]");
            // Goods handed out and a session held with the same person, offline, in the API's fields.
            page.click("#kit-people button[data-person='" + id + "']");
            page.fill("#kit-distribution-quantity", "0");
            page.click("#kit-distribution-form button[type=submit]");
            assertThat(page.locator("#kit-distribution-quantity").getAttribute("aria-invalid")).isEqualTo("true");
            page.fill("#kit-distribution-quantity", "6");
            page.fill("#kit-distribution-description", "Όσπρια");
            check(page, "61-field-kit-person-forms");
            page.click("#kit-distribution-form button[type=submit]");
            page.click("#kit-people button[data-person='" + id + "']");
            page.fill("#kit-session-durationMinutes", "40");
            page.click("#kit-session-form button[type=submit]");
            assertThat(page.locator("#kit-pending li").count()).isEqualTo(4);
            assertThat(page.locator("#kit-pending").innerText()).contains("Διανομή ειδών: Ορεινού",
                    "Συνεδρία συμβουλευτικής: Ορεινού");
            check(page, "61-field-kit-offline");
            // Meanwhile, at the centre, someone changes the same phone.
            Http.Response centreEdit = Http.put(gateway + "/t/" + CENTRE + "/api/beneficiaries/" + id, token, """
                    {"firstName":"Ευανθία","lastName":"Ορεινού","dateOfBirth":"1944-04-04","gender":"FEMALE",
                     "status":"ACTIVE","phone":"+30 2441 011111","address":"Πλατεία 1, %s","version":0}"""
                    .formatted(village));
            assertThat(centreEdit.status()).as(centreEdit.body()).isEqualTo(200);

            // Reopened offline: the shell comes from the service worker, the data stays locked until the PIN.
            page.reload();
            page.waitForSelector("#kit-lock", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
            String stored = (String) page.evaluate(RAW_INDEXED_DB);
            assertThat(stored).isNotEmpty().doesNotContain("Ορεινού", "Βουνού", "Χαρίκλεια", "2441", village)
                    .doesNotContain(toLatin1("Ορεινού"));
            page.fill("#kit-pin", "000000");
            page.click("#kit-pin-button");
            page.waitForSelector("#kit-pin-error:visible");
            unlock(page);
            assertThat(page.locator("#kit-pending li").count()).isEqualTo(4);

            context.setOffline(false);
            page.click("#kit-sync");
            page.waitForSelector("#kit-pending li:has-text('" + "Όλα" + "')");
            assertThat(page.locator("#kit-sync-result").innerText()).contains("4", "1");
            // The conflict, side by side: nothing was overwritten, the person decides field by field.
            page.waitForSelector("#kit-conflicts", new Page.WaitForSelectorOptions()
                    .setState(WaitForSelectorState.VISIBLE));
            assertThat(page.locator("#kit-conflicts .kit-mine").innerText()).isEqualTo("+30 2441 055555");
            assertThat(page.locator("#kit-conflicts .kit-theirs").innerText()).isEqualTo("+30 2441 011111");
            assertThat(Http.get(gateway + "/t/" + CENTRE + "/api/beneficiaries/" + id, token).json().path("phone")
                    .asString()).isEqualTo("+30 2441 011111");
            check(page, "62-field-kit-conflict");
            page.click("#kit-conflicts button[data-conflict]");
            page.waitForSelector("#kit-conflicts .govuk-error-message:visible");
            page.check("#kit-conflicts input[value=MINE]");
            page.click("#kit-conflicts button[data-conflict]");
            page.waitForSelector("#kit-conflicts-result:has-text('Αποφασίστηκε')");
            assertThat(page.locator("#kit-conflicts table").count()).isZero();
        }
        Http.Response edited = Http.get(gateway + "/t/" + CENTRE + "/api/beneficiaries/" + id, token);
        assertThat(edited.json().path("phone").asString()).isEqualTo("+30 2441 055555");
        assertThat(edited.json().path("version").asLong()).isEqualTo(2);
        assertThat(Http.get(gateway + "/t/" + CENTRE + "/api/distributions?beneficiary=" + id, token).json()
                .path("total").asLong()).isEqualTo(1);
        assertThat(Http.get(gateway + "/t/" + CENTRE + "/api/sessions?beneficiary=" + id, token).json()
                .path("total").asLong()).isEqualTo(1);
        Http.Response found = Http.get(gateway + "/t/" + CENTRE + "/api/beneficiaries?q="
                + URLEncoder.encode("Βουνού Χαρίκλεια", StandardCharsets.UTF_8), token);
        assertThat(found.body()).contains("Χαρίκλεια").contains(village);
    }

    private static void unlock(Page page) {
        page.fill("#kit-pin", PIN);
        page.click("#kit-pin-button");
        page.waitForSelector("#kit-app", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    }

    private static String toLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Everything the kit keeps in IndexedDB, its bytes read as UTF-8 text, as anyone with the device could. */
    private static final String RAW_INDEXED_DB = """
            async () => {
              const names = (await indexedDB.databases()).map(d => d.name).filter(n => n.startsWith("kentra-field"));
              let text = "";
              for (const name of names) {
                const db = await new Promise((ok, ko) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = ko; });
                for (const store of Array.from(db.objectStoreNames)) {
                  const all = await new Promise(ok => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); });
                  for (const value of all) {
                    for (const part of Object.values(value)) {
                      const bytes = part instanceof ArrayBuffer ? new Uint8Array(part) : part instanceof Uint8Array ? part : null;
                      text += bytes ? new TextDecoder().decode(bytes) : JSON.stringify(part);
                    }
                  }
                }
                db.close();
              }
              return text;
            }""";
}
