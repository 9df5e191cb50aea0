package gr.kentra.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Centres share PCs: logging out ends the gateway's session and Keycloak's (RP-initiated logout), and idle
 * sessions end by themselves (issue 10, item 5).
 */
class LogoutTest extends GatewayTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReactiveClientRegistrationRepository registrations;
    @Autowired
    WebSessionManager sessions;

    @Test
    void sendsTheBrowserOnToKeycloaksEndSessionWithTheIdTokenAndBackToTheHomePage() {
        WebTestClient browser = WebTestClient.bindToApplicationContext(context).apply(springSecurity())
                .configureClient().baseUrl("http://gateway.test").build();

        browser.mutateWith(mockOidcLogin().clientRegistration(registrations.findByRegistrationId("keycloak").block())
                        .idToken(token -> token.tokenValue("id-token-of-maria")))
                .mutateWith(csrf())
                .post().uri("/logout").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", TOKENS.issuer() + "/protocol/openid-connect/logout"
                        + "?id_token_hint=id-token-of-maria&post_logout_redirect_uri=http://gateway.test/");
    }

    @Test
    void refusesALogoutPostedWithoutTheCsrfToken() {
        client().post().uri("/logout").cookie("SESSION", "someones-session")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("x=1")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void acceptsTheCsrfTokenAsAFormFieldOnLogoutOnly() {
        ResponseCookie csrf = client().get().uri("/admin/").exchange().expectBody().returnResult()
                .getResponseCookies().getFirst("XSRF-TOKEN");

        client().post().uri("/logout").cookie(csrf.getName(), csrf.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("_csrf=" + csrf.getValue())
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/");
    }

    @Test
    void givesBrowsersAnHttpOnlyLaxSessionCookieThatIsNotSecureOnLocalHttp() {
        EntityExchangeResult<byte[]> login = client().get().uri("/oauth2/authorization/keycloak").exchange()
                .expectStatus().is3xxRedirection().expectBody().returnResult();
        ResponseCookie session = login.getResponseCookies().getFirst("SESSION");

        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).isFalse();
    }

    @Test
    void endsIdleSessionsAfterThirtyMinutesByDefault() {
        var store = ((DefaultWebSessionManager) sessions).getSessionStore();

        assertThat(store.createWebSession().block().getMaxIdleTime()).isEqualTo(Duration.ofMinutes(30));
    }
}
