package gr.kentra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The lists' plumbing on its own: Greek order, accent-blind filtering, paging, and the two file formats. */
class ListsTest {

    private final Lists lists = new Lists(new StaticMessageSource());

    private record Person(String name, LocalDate day, int count) {
    }

    private static final List<Person> PEOPLE = List.of(new Person("Ωρολογάς", LocalDate.of(2026, 3, 1), 1_234),
            new Person("Άννα", LocalDate.of(2026, 1, 9), 7), new Person("Ζωή", LocalDate.of(2025, 12, 31), 20),
            new Person("Αλέξης", LocalDate.of(2026, 2, 2), 3), new Person("Έλενα", null, 0));

    private static Listing<Person> listing() {
        return new Listing<>("Λίστα", "lista", List.of(new Listing.Column("name", "Όνομα"),
                new Listing.Column("day", "Ημέρα"), new Listing.Column("count", "Πλήθος")), PEOPLE,
                p -> List.of(Cell.text(p.name()), Cell.day(p.day()), Cell.number(p.count())), List.of(), false);
    }

    private List<String> names(ListQuery query) {
        return lists.arranged(listing(), query).stream().map(row -> row.cells().getFirst().text()).toList();
    }

    @Test
    void textSortsInGreekAlphabeticalOrderWhateverTheAccents() {
        assertThat(names(new ListQuery(null, "name", "asc", null, null)))
                .containsExactly("Αλέξης", "Άννα", "Έλενα", "Ζωή", "Ωρολογάς");
        assertThat(names(new ListQuery(null, "name", "desc", null, null)).getFirst()).isEqualTo("Ωρολογάς");
    }

    @Test
    void datesAndNumbersSortAsSuchWithEmptyCellsLast() {
        assertThat(names(new ListQuery(null, "day", "asc", null, null)))
                .containsExactly("Ζωή", "Άννα", "Αλέξης", "Ωρολογάς", "Έλενα");
        assertThat(names(new ListQuery(null, "count", "asc", null, null)))
                .containsExactly("Έλενα", "Αλέξης", "Άννα", "Ζωή", "Ωρολογάς");
    }

    @Test
    void filteringIgnoresAccentsCaseAndFinalSigma() {
        assertThat(names(new ListQuery("ΑΝΝΑ", null, null, null, null))).containsExactly("Άννα");
        assertThat(names(new ListQuery("ωρολογασ", null, null, null, null))).containsExactly("Ωρολογάς");
        assertThat(names(new ListQuery("ελενα", null, null, null, null))).containsExactly("Έλενα");
        assertThat(names(new ListQuery("1.234", null, null, null, null))).containsExactly("Ωρολογάς");
    }

    @Test
    void cellsReadTheGreekWay() {
        assertThat(Cell.number(1234.5).text()).isEqualTo("1.234,5");
        assertThat(Cell.day(LocalDate.of(2026, 12, 6)).text()).isEqualTo("06/12/2026");
    }

    @Test
    void aQueryIsBroughtIntoRange() {
        ListQuery query = new ListQuery("  x  ", "name", "sideways", -3, 100_000);
        assertThat(query.q()).isEqualTo("x");
        assertThat(query.dir()).isEqualTo("asc");
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(ListQuery.MAX_SIZE);
        assertThat(new ListQuery("y".repeat(500), null, null, null, null).q()).hasSize(200);
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkSemicolonsAndNoFormulas() {
        byte[] csv = ListExport.csv(List.of("Όνομα", "Σημείωση"), List.of(
                List.of(Cell.text("Άννα"), Cell.text("α; \"β\"")), List.of(Cell.text("=1+1"), Cell.number(-5))));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Όνομα;Σημείωση\r\nΆννα;\"α; \"\"β\"\"\"\r\n'=1+1;-5\r\n");
    }

    @Test
    void xlsxIsAWorkbookWithTheRowsAsTypedValues() throws IOException {
        byte[] xlsx = ListExport.xlsx("Αιτήματα: 2026/12", List.of("Όνομα", "Ημέρα", "Πλήθος"),
                List.of(List.of(Cell.text("Άννα"), Cell.day(LocalDate.of(2026, 12, 6)), Cell.number(1234))));
        StringBuilder xml = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("list", ".xlsx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                xml.append(entry.getName()).append('\n')
                        .append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        String text = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(ref -> Character.toString(Integer.parseInt(ref.group(1), 16)));
        assertThat(text).contains("xl/worksheets/sheet1.xml", "Άννα", "Όνομα", "<v>1234</v>",
                "Αιτήματα  2026 12");
    }

    @Test
    void theFileNameSaysWhatAndWhen() {
        var file = ListExport.file(ListExport.Format.CSV, "aitimata", "Αιτήματα", List.of("a"), List.of());
        assertThat(file.getHeaders().getContentDisposition().getFilename())
                .matches("aitimata-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(ListExport.file(ListExport.Format.XLSX, "aitimata", "Αιτήματα", List.of("a"), List.of())
                .getHeaders().getContentType()).hasToString(ListExport.XLSX);
    }
}
