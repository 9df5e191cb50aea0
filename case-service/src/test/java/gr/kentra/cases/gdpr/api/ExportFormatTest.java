package gr.kentra.cases.gdpr.api;

import static org.assertj.core.api.Assertions.assertThat;

import gr.kentra.cases.gdpr.api.GdprController;
import org.junit.jupiter.api.Test;

/** JSON unless the client ranks HTML above it: API clients send no Accept or any type, browsers ask for text/html. */
class ExportFormatTest {

    @Test
    void aBrowserGetsHtml() {
        assertThat(GdprController.prefersHtml(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(GdprController.prefersHtml("text/*")).isTrue();
    }

    @Test
    void anApiClientGetsJson() {
        assertThat(GdprController.prefersHtml(null)).isFalse();
        assertThat(GdprController.prefersHtml("*/*")).isFalse();
        assertThat(GdprController.prefersHtml("application/json")).isFalse();
        assertThat(GdprController.prefersHtml("text/html;q=0.5, application/json")).isFalse();
        assertThat(GdprController.prefersHtml("text/html;q=0, application/json")).isFalse();
    }

    @Test
    void aMalformedAcceptHeaderGetsJson() {
        assertThat(GdprController.prefersHtml("text/html;q=x;;")).isFalse();
        assertThat(GdprController.prefersHtml("not a media type")).isFalse();
    }
}
