package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Browser changes ride on the session cookie, so they must echo the gateway's CSRF token: the cookie it hands
 * out ({@code XSRF-TOKEN}) in the {@code X-XSRF-TOKEN} header, which a foreign site's form cannot send. CSRF is
 * checked before authentication, so a request that passes it goes on to the login step (a redirect here, as
 * the test has no Keycloak to log in with), one that fails it stops with 403 and never reaches a service.
 */
class BrowserCsrfTest extends GatewayTest {

    @Test
    void handsBrowsersAReadableCsrfCookie() {
        ResponseCookie cookie = csrfCookie();

        assertThat(cookie.getValue()).isNotBlank();
        assertThat(cookie.isHttpOnly()).isFalse();
    }

    @Test
    void refusesACookiePostWithoutTheCsrfHeader() {
        ResponseCookie cookie = csrfCookie();

        client().post().uri("/admin/centres")
                .cookie("SESSION", "browser-session").cookie(cookie.getName(), cookie.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("id=agia-varvara")
                .exchange()
                .expectStatus().isForbidden();

        assertThat(TENANTS.last()).isNull();
    }

    @Test
    void refusesACookiePostWhoseHeaderDoesNotMatchTheCookie() {
        ResponseCookie cookie = csrfCookie();

        client().post().uri("/admin/centres")
                .cookie("SESSION", "browser-session").cookie(cookie.getName(), cookie.getValue())
                .header("X-XSRF-TOKEN", "forged")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void letsACookiePostWithTheHeaderFromTheCookiePastTheCsrfCheck() {
        ResponseCookie cookie = csrfCookie();

        client().post().uri("/admin/centres")
                .cookie("SESSION", "browser-session").cookie(cookie.getName(), cookie.getValue())
                .header("X-XSRF-TOKEN", cookie.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("id=agia-varvara")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.FOUND)
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/keycloak");
    }

    /**
     * The check must not read the body: a form post that passed it is relayed whole (a consumed body made the
     * relayed request hang). The open API-docs route stands in for a logged-in page here.
     */
    @Test
    void relaysAFormPostWithItsBodyAfterTheCsrfCheck() {
        ResponseCookie cookie = csrfCookie();

        client().post().uri("/docs/tenant-service/v3/api-docs")
                .cookie(cookie.getName(), cookie.getValue()).header("X-XSRF-TOKEN", cookie.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("id=agia-varvara&nameEl=%CE%9A")
                .exchange()
                .expectStatus().isOk();

        assertThat(TENANTS.last().method()).isEqualTo("POST");
        assertThat(TENANTS.last().body()).isEqualTo("id=agia-varvara&nameEl=%CE%9A");
    }

    @Test
    void bearerCallsNeedNoCsrfTokenAndGetNoCookie() {
        client().post().uri("/admin/api/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.withRole("platform-admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectCookie().doesNotExist("XSRF-TOKEN");

        assertThat(TENANTS.last().method()).isEqualTo("POST");
    }

    private ResponseCookie csrfCookie() {
        EntityExchangeResult<byte[]> page = client().get().uri("/admin/").exchange()
                .expectCookie().exists("XSRF-TOKEN")
                .expectBody().returnResult();
        return page.getResponseCookies().getFirst("XSRF-TOKEN");
    }
}
