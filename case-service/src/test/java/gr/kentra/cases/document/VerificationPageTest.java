package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The public verification page: no login, no personal data, one "not genuine" for every kind of wrong code. */
class VerificationPageTest extends DocumentTestSupport {

    private static final String TENANT = "verify-here";
    private static final String OTHER = "verify-there";
    private static final String CENTRE = "Κέντρο Κοινότητας Δήμου Νέας Σμύρνης";

    private String code;
    private String protocol;

    @BeforeEach
    void issuedDocument() throws Exception {
        centre(TENANT, CENTRE, "Community Centre of Nea Smyrni");
        provision(OTHER);
        String person = registerPerson(TENANT, "Σταυρούλα", "Ηλιοπούλου", "1961-11-05");
        String json = issued(TENANT, person, "{\"type\":\"REGISTRATION_ATTESTATION\"}");
        code = JsonPath.read(json, "$.verificationCode");
        protocol = JsonPath.read(json, "$.protocol");
    }

    @Test
    void aGenuineCodeShowsTheDocumentTheDateTheCentreAndTheProtocolNumberButNoPersonalDataWithoutALogin()
            throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Athens")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(get("/verify/" + code))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", containsString("form-action 'self'")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("Το έγγραφο είναι γνήσιο")))
                .andExpect(content().string(containsString("Βεβαίωση εγγραφής")))
                .andExpect(content().string(containsString(today)))
                .andExpect(content().string(containsString(CENTRE)))
                .andExpect(content().string(containsString(protocol)))
                .andExpect(content().string(not(containsString("Ηλιοπούλου"))))
                .andExpect(content().string(not(containsString("1961"))));
        mvc.perform(get("/verify").param("code", code).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The document is genuine")))
                .andExpect(content().string(containsString("Community Centre of Nea Smyrni")));
        mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.genuine").value(true))
                .andExpect(jsonPath("$.type").value("REGISTRATION_ATTESTATION"))
                .andExpect(jsonPath("$.protocol").value(protocol))
                .andExpect(jsonPath("$.centre").value(CENTRE));
    }

    @Test
    void aCodeTypedCarelesslyOrPastedAsALinkStillVerifies() throws Exception {
        String secret = code.substring(code.indexOf('.') + 1);
        List<String> typed = List.of(code.toLowerCase(Locale.ROOT), TENANT + "." + secret.replace("-", " "),
                TENANT.toUpperCase(Locale.ROOT) + "." + secret.replace("-", "").replace('0', 'O').replace('1', 'l'),
                "  https://kentra.example/verify/" + code + "  ");
        for (String variant : typed) {
            mvc.perform(get("/verify").param("code", variant).accept(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.genuine").value(true));
        }
    }

    @Test
    void unknownMalformedAndOtherCentresCodesAllGetTheSameNotGenuineAnswer() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String secret = code.substring(code.indexOf('.') + 1);
        String unknownSecret = VerificationCode.random(TenantId.of(TENANT), new java.security.SecureRandom()).text();
        List<String> wrong = List.of(
                OTHER + "." + secret,                     // this code under another centre
                "elefsina-nowhere." + secret,             // a centre that does not exist
                unknownSecret,                            // the right centre, a code never issued
                code.substring(0, code.length() - 1) + (code.endsWith("Z") ? "Y" : "Z"), // one character off
                code + "Q", "not a code", "", TENANT + ".", "..", "%00", "Ω".repeat(300),
                "t_verify_here." + secret, "verify-here;drop table issued_document." + secret,
                randomText(random));
        String answer = null;
        for (String variant : wrong) {
            String json = mvc.perform(get("/verify").param("code", variant).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(json).as(variant + " (seed " + seed + ")").contains("\"genuine\":false");
            answer = answer == null ? json : answer;
            assertThat(json).as("the same answer for " + variant).isEqualTo(answer);
        }
        mvc.perform(get("/verify/" + OTHER + "." + secret))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Δεν βρέθηκε γνήσιο έγγραφο")))
                .andExpect(content().string(not(containsString(CENTRE))));
    }

    @Test
    void encodedPathsVerifyAsTheirDecodedFormOrAreRefusedNeverAnError() throws Exception {
        // %76 is "v"; %2E is "."; Spring decodes the path before matching, the firewall refuses what it must.
        mvc.perform(get(URI.create("/verify/" + code.replace("verify-here", "%76erify-here"))).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.genuine").value(true));
        for (String path : List.of("/verify/..%2F..%2Finternal%2Ftenants", "/verify/" + code.replace(".", "%2E"),
                "/verify/%2e%2e/actuator", "/verify/" + OTHER + "%2F" + code, "/verify/a;b=c", "/verify//" + code)) {
            int status = mvc.perform(get(URI.create(path)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                    .getStatus();
            String body = status == 200 ? mvc.perform(get(URI.create(path)).accept(MediaType.APPLICATION_JSON))
                    .andReturn().getResponse().getContentAsString() : "";
            assertThat(status).as(path).isIn(200, 400, 404);
            assertThat(body).as(path).doesNotContain("\"genuine\":true");
        }
    }

    @Test
    void theEmptyPageOffersTheFormAndNoAnswer() throws Exception {
        mvc.perform(get("/verify"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Επαλήθευση εγγράφου")))
                .andExpect(content().string(containsString("name=\"code\"")))
                .andExpect(content().string(not(containsString("role=\"alert\""))));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append((char) (32 + random.nextInt(0x3FF)));
        }
        return text.toString();
    }
}
