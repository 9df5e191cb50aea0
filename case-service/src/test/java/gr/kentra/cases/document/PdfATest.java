package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The PDF/A check itself can fail: a plain PDF (no output intent, no XMP identification) is refused. */
class PdfATest {

    @Test
    void veraPdfRefusesAPlainPdfThatIsNotPdfA() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(out);
        }
        assertThat(PdfA.failedRules(out.toByteArray())).isNotEmpty();
    }
}
