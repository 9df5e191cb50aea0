package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, over a rendered document: the file is what it claims to be
 * (PDF/A-3u, as {@link DocumentRenderer} sets it), rule by rule of ISO 19005-3, not only by its metadata.
 */
final class PdfA {

    /** What the renderer claims: keep in step with {@code DocumentRenderer.pdf}. */
    static final PDFAFlavour CLAIMED = PDFAFlavour.PDFA_3_U;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    static void assertCompliant(byte[] pdf, String name) throws Exception {
        long start = System.nanoTime();
        List<String> failed = failedRules(pdf);
        // The cost is printed so that it can be weighed against the build's time budget.
        System.out.printf("veraPDF %s: %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        assertThat(failed).as(name + " is " + CLAIMED.getId() + " for veraPDF").isEmpty();
    }

    /** The rules of the claimed flavour the file breaks ({@code clause-test message}), empty when compliant. */
    static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), CLAIMED)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(CLAIMED, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
            return result.isCompliant() ? List.of() : failed.isEmpty() ? List.of("not compliant") : failed;
        }
    }
}
