package gr.kentra.commons.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeFilesTest {

    @Test
    void writesSemicolonLinesBehindABomWithFormulasDisarmedAndSeparatorsQuoted() {
        StringBuilder csv = new StringBuilder();
        OfficeFiles.line(csv, List.of("Όνομα", "a;b", "=SUM(A1)", "say \"hi\"", "-12,5"));
        byte[] bytes = OfficeFiles.csvBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Όνομα;\"a;b\";'=SUM(A1);\"say \"\"hi\"\"\";-12,5\r\n");
    }

    @Test
    void namesAFileByWhatAndTheDayInAthensAndWritesNumbersAsGreekExcelReadsThem() {
        // 23:30 UTC on 5 December is already the 6th in Athens.
        Clock late = Clock.fixed(Instant.parse("2026-12-05T23:30:00Z"), ZoneOffset.UTC);
        assertThat(OfficeFiles.fileName("deiktes-attica", "csv", late)).isEqualTo("deiktes-attica-2026-12-06.csv");
        assertThat(OfficeFiles.attachment("deiktes-2026-12-06.csv"))
                .isEqualTo("attachment; filename=\"deiktes-2026-12-06.csv\"");
        assertThat(OfficeFiles.number(1234567)).isEqualTo("1.234.567");
        assertThat(OfficeFiles.number(12)).isEqualTo("12");
    }
}
