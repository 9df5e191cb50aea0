package gr.kentra.cases.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a document: its Thymeleaf template (XHTML, texts from the message bundles in the document's language)
 * to PDF/A-3u with openhtmltopdf over PDFBox. The only font is DejaVu Sans, embedded (subset), which covers
 * Greek with every accent and diaeresis; PDF/A forbids fonts that are not embedded, so nothing falls back to a
 * Latin-only base font. Typed texts reach the template as variables and are escaped by {@code th:text}.
 */
@Component
class DocumentRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular = resource("documents/fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("documents/fonts/DejaVuSans-Bold.ttf");
    /** PDF/A's output intent: the JDK's own sRGB profile, so no profile file needs vendoring. */
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    DocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The document's XHTML, as the PDF will show it. */
    String xhtml(DocumentType type, Locale locale, Map<String, Object> variables) {
        return templates.process(type.template(), new Context(locale, variables));
    }

    byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(colourProfile);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Kentra");
        // No base URI: a document loads nothing from outside itself.
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] render(DocumentType type, Locale locale, Map<String, Object> variables) {
        return pdf(xhtml(type, locale, variables));
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The documents' font is missing: " + path, e);
        }
    }
}
