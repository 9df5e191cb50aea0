package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Test;

/**
 * The web pages on the real platform, as a person's browser reaches them: logged in through the gateway and
 * Keycloak, the page rendered by the service behind with the session's token relayed, and a page's change
 * carrying the gateway's CSRF token from its cookie (as the pages' script does).
 */
class WebPagesSystemIT {

    @Test
    void aPlatformAdministratorUsesTheCentresPagesAndItsFormsNeedTheCsrfToken() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();
        Browser browser = new Browser(gateway);
        browser.logIn("platform-admin", "demo", platform.keycloak().issuerUri());

        HttpResponse<String> list = browser.get(gateway + "/admin/");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("Κέντρα Κοινότητας", "moschato-tavros", "mouzaki");

        String invalid = "id=" + URLEncoder.encode("Not A Slug", StandardCharsets.UTF_8) + "&nameEl=&region=attica";
        HttpResponse<String> withoutToken = browser.send("POST", gateway + "/admin/centres",
                "application/x-www-form-urlencoded", invalid, Map.of("HX-Request", "true"));
        assertThat(withoutToken.statusCode()).as("a cookie POST without the CSRF header").isEqualTo(403);

        String token = browser.cookie("XSRF-TOKEN");
        assertThat(token).as("the gateway's CSRF cookie").isNotBlank();
        HttpResponse<String> withToken = browser.send("POST", gateway + "/admin/centres",
                "application/x-www-form-urlencoded", invalid, Map.of("HX-Request", "true", "X-XSRF-TOKEN", token));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(withToken.body()).as("the form again, with what was typed and the fields marked in error")
                .contains("value=\"Not A Slug\"", "aria-invalid=\"true\"");
    }

    @Test
    void anAnalystSeesTheNationalDashboardAndAManagerOnlyHerRegion() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String gateway = platform.gatewayUrl();

        Browser analyst = new Browser(gateway);
        analyst.logIn("analyst", "demo", platform.keycloak().issuerUri());
        HttpResponse<String> national = analyst.get(gateway + "/dashboards/");
        assertThat(national.statusCode()).as(national.body()).isEqualTo(200);
        assertThat(national.body()).contains("Σύνολο χώρας", "<svg");

        Browser manager = new Browser(gateway);
        manager.logIn("manager-thessaly", "demo", platform.keycloak().issuerUri());
        assertThat(manager.get(gateway + "/dashboards/regions/thessaly").statusCode()).isEqualTo(200);
        HttpResponse<String> attica = manager.get(gateway + "/dashboards/regions/attica");
        assertThat(attica.statusCode()).isEqualTo(403);
        assertThat(attica.body()).contains("Δεν επιτρέπεται");
    }
}
