package gr.kentra.cases.document;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public verification page ({@code /verify}, no login; the gateway routes it anonymously): a form for the
 * code, and the answer for {@code /verify/{code}} or {@code /verify?code=}. Always 200, genuine or not, in Greek
 * unless {@code Accept-Language} asks for English. {@code Accept: application/json} gets the same answer as JSON.
 */
@Controller
@io.swagger.v3.oas.annotations.Hidden // not under /t/{tenant}: the gateway's document of this service would misplace it
class VerificationPage {

    /** The page posts nothing and loads nothing: its own inline style and a GET form to itself. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** The answer as JSON: {@code genuine} false and nothing else when it is not. */
    record Answer(boolean genuine, DocumentType type, String issuedOn, String protocol, String centre) {
    }

    private final Verifications verifications;

    VerificationPage(Verifications verifications) {
        this.verifications = verifications;
    }

    /** Without {@code produces}: any Accept but JSON (a browser's, curl's {@code *}{@code /*}) gets the page. */
    @GetMapping({"/verify", "/verify/{code}"})
    String page(@PathVariable(required = false) String code, @RequestParam(name = "code", required = false) String typed,
            Locale locale, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "no-store");
        String asked = code != null ? code : typed;
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("asked", asked != null && !asked.isBlank());
        model.addAttribute("typed", asked == null || asked.length() > 200 ? "" : asked);
        model.addAttribute("genuine", asked == null ? null : verifications.verify(asked, locale).orElse(null));
        return "documents/verify";
    }

    @GetMapping(value = {"/verify", "/verify/{code}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Answer json(@PathVariable(required = false) String code, @RequestParam(name = "code", required = false) String typed,
            Locale locale, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Optional<Verifications.Genuine> genuine = verifications.verify(code != null ? code : typed, locale);
        return genuine.map(g -> new Answer(true, g.type(), g.issuedOn().toString(), g.protocol(), g.centre()))
                .orElse(new Answer(false, null, null, null, null));
    }
}
