package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each document read back as a person would read it: its text through pdftotext (the right Greek words, the
 * accented name, nothing lost to a missing glyph), its fonts (all embedded, with Unicode maps), its first page
 * as a picture (pdftoppm, left in target/documents); and each kind validated by veraPDF as the PDF/A it claims.
 */
class DocumentPdfTest extends DocumentTestSupport {

    private static final String TENANT = "documents-pdf";
    private static final String CENTRE = "Κέντρο Κοινότητας Δήμου Μοσχάτου – Ταύρου";

    private String person;

    @BeforeEach
    void person() throws Exception {
        Poppler.requireTools();
        centre(TENANT, CENTRE, "Community Centre of Moschato – Tavros");
        person = registerPerson(TENANT, "Ζωή", "Παπαϊωάννου", "1984-03-17");
    }

    @Test
    void theAttestationSaysInGreekWhoIsRegisteredWhereAndSinceWhenWithItsProtocolNumberAndCode() throws Exception {
        String json = issued(TENANT, person, "{\"type\":\"REGISTRATION_ATTESTATION\"}");
        byte[] pdf = pdf(TENANT, "social-worker", JsonPath.read(json, "$.pdf"));
        String text = Poppler.text(pdf, "registration-attestation");
        String today = LocalDate.now(ZoneId.of("Europe/Athens")).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThat(text).contains("Βεβαίωση εγγραφής", "Παπαϊωάννου Ζωή", "17/03/1984", CENTRE,
                "Αρ. πρωτ.: " + JsonPath.read(json, "$.protocol"), "Ημερομηνία: " + today,
                "Κωδικός επαλήθευσης", JsonPath.read(json, "$.verificationCode"), "/verify/",
                "για κάθε νόμιμη χρήση");
        assertThat(text).as("no glyph was lost").doesNotContain("\uFFFD", "?????");
        Path page = Poppler.firstPage(pdf, "registration-attestation");
        assertThat(Files.size(page)).isGreaterThan(10_000);
        PdfA.assertCompliant(pdf, "registration-attestation");
    }

    @Test
    void everyFontIsDejaVuEmbeddedWithAUnicodeMapAndTheFileDeclaresPdfA3u() throws Exception {
        String json = issued(TENANT, person, "{\"type\":\"REGISTRATION_ATTESTATION\"}");
        byte[] pdf = pdf(TENANT, "social-worker", JsonPath.read(json, "$.pdf"));

        assertThat(Poppler.fonts(pdf, "fonts")).isNotEmpty().allSatisfy(font -> {
            assertThat(font).contains("DejaVuSans");
            assertThat(font.split("\\s+")).as(font).containsSubsequence("yes", "yes", "yes");
        });
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF-1.").contains("/Version /1.7", "pdfaid:part", "OutputIntent");
        assertThat(raw).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
    }

    @Test
    void theInvestigationReportCarriesTheFindingsAsTypedWithTheirSymbols() throws Exception {
        String investigation = completedInvestigation(TENANT, person);
        String json = issued(TENANT, person, """
                {"type":"SOCIAL_INVESTIGATION_REPORT","recordId":"%s"}""".formatted(investigation));
        byte[] pdf = pdf(TENANT, "coordinator", JsonPath.read(json, "$.pdf"));
        String text = Poppler.text(pdf, "social-investigation-report");

        assertThat(text).contains("Έκθεση κοινωνικής έρευνας", "Παπαϊωάννου Ζωή", "Σύνθεση νοικοκυριού",
                "Ειρηνοδικείο Αθηνών", "Κατ' οίκον επίσκεψη", "Δεν πραγματοποιήθηκε", "Ευρήματα", "Συμπέρασμα",
                CONCLUSION);
        assertThat(text).contains(FINDINGS);
        Poppler.firstPage(pdf, "social-investigation-report");
        PdfA.assertCompliant(pdf, "social-investigation-report");
    }

    @Test
    void theReferralLetterNamesThePartnerThePersonAndTheReason() throws Exception {
        String referral = referral(TENANT, person);
        String json = issued(TENANT, person, """
                {"type":"REFERRAL_LETTER","recordId":"%s"}""".formatted(referral));
        byte[] pdf = pdf(TENANT, "social-worker", JsonPath.read(json, "$.pdf"));
        String text = Poppler.text(pdf, "referral-letter");

        assertThat(text).contains("Παραπεμπτικό σημείωμα", "Κέντρο Ψυχικής Υγείας Καλλιθέας", "Παπαϊωάννου Ζωή",
                "Λόγος παραπομπής", REASON);
        Poppler.firstPage(pdf, "referral-letter");
        PdfA.assertCompliant(pdf, "referral-letter");
    }

    @Test
    void anEnglishAttestationHasEnglishWordsAndTheCentresEnglishName() throws Exception {
        String json = issued(TENANT, person, "{\"type\":\"REGISTRATION_ATTESTATION\",\"language\":\"en\"}");
        assertThat(JsonPath.<String>read(json, "$.language")).isEqualTo("en");
        String text = Poppler.text(pdf(TENANT, "social-worker", JsonPath.read(json, "$.pdf")), "attestation-en");

        assertThat(text).contains("Attestation of registration", "Community Centre of Moschato – Tavros",
                "Παπαϊωάννου Ζωή", "Protocol No", "Verification code");
    }
}
