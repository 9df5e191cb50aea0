package gr.kentra.commons.web.locale;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ChosenLanguageResolverTest {

    private final ChosenLanguageResolver resolver =
            new ChosenLanguageResolver(new LocaleProperties("lang", "/", List.of("/t/")));

    @Test
    void answersGreekUnlessAskedOtherwise() {
        assertThat(resolver.resolveLocale(request("/api/people"))).isEqualTo(Languages.GREEK);
    }

    @Test
    void followsAcceptLanguageOutsideTheGreekPages() {
        MockHttpServletRequest request = request("/api/people");
        request.addHeader("Accept-Language", "en-US,en;q=0.9");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void keepsTheGreekPagesGreekWhateverTheBrowserSays() {
        MockHttpServletRequest request = request("/t/athens/people");
        request.addHeader("Accept-Language", "en");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Languages.GREEK);
    }

    @Test
    void letsTheLangParameterWinOverCookieAndHeader() {
        MockHttpServletRequest request = request("/t/athens/people");
        request.setParameter("lang", "el");
        request.setCookies(new Cookie("lang", "en"));
        request.addHeader("Accept-Language", "en");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Languages.GREEK);
    }

    @Test
    void remembersEnglishInTheCookie() {
        MockHttpServletRequest request = request("/t/athens/people");
        request.setCookies(new Cookie("lang", "en"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void ignoresLanguagesItDoesNotSpeak() {
        MockHttpServletRequest request = request("/api/people");
        request.setParameter("lang", "fr");
        request.setCookies(new Cookie("lang", "de"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Languages.GREEK);
    }

    @Test
    void writesTheChoiceToTheConfiguredCookie() {
        ChosenLanguageResolver admin = new ChosenLanguageResolver(new LocaleProperties("kentra-lang", "/admin", List.of()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        admin.setLocale(request("/admin/"), response, Locale.ENGLISH);
        Cookie cookie = response.getCookie("kentra-lang");
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getPath()).isEqualTo("/admin");
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
