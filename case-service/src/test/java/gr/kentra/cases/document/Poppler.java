package gr.kentra.cases.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Reads a PDF back the way a person's tools would: poppler's {@code pdftotext}, {@code pdffonts} and
 * {@code pdftoppm} (Debian's poppler-utils). Locally, a machine without them skips the test saying so; in CI
 * ({@code CI=true}, where .ci/run installs them) their absence fails it.
 */
final class Poppler {

    /** Where the rendered pages are left for a person to look at. */
    static final Path OUT = Path.of("target", "documents");

    private Poppler() {
    }

    static void requireTools() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/pdftoppm"))
                && Files.isExecutable(Path.of("/usr/bin/pdffonts"));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("poppler-utils (pdftotext, pdftoppm, pdffonts) must be installed in CI: .ci/run does");
        }
        Assumptions.assumeTrue(present, "poppler-utils is not installed here (apt-get install -y poppler-utils):"
                + " the PDFs were not read back");
    }

    /**
     * The text as pdftotext extracts it in reading order, every run of white space (line ends of wrapped lines,
     * justification) made one space; the PDF and the raw text are kept under {@link #OUT}.
     */
    static String text(byte[] pdf, String name) throws Exception {
        Path file = save(pdf, name);
        String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        Files.writeString(OUT.resolve(name + ".txt"), text);
        // NFKC: PDFBox sets Latin "fi" as its ligature glyph, which pdftotext gives back as U+FB01.
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    /** pdffonts' table: one line per font with "emb" and "uni" columns. */
    static List<String> fonts(byte[] pdf, String name) throws Exception {
        Path file = save(pdf, name);
        List<String> lines = new ArrayList<>(run("pdffonts", file.toString()).lines().toList());
        return lines.subList(Math.min(2, lines.size()), lines.size());
    }

    /** The first page as a PNG at 80 dpi, kept under {@link #OUT}. */
    static Path firstPage(byte[] pdf, String name) throws Exception {
        Path file = save(pdf, name);
        Path prefix = OUT.resolve(name);
        run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file.toString(), prefix.toString());
        Path png = OUT.resolve(name + ".png");
        assertThat(png).exists();
        return png;
    }

    private static Path save(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        return file;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
