package gr.kentra.cases.tenancy.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CellsPropertiesTest {

    private static final CellsProperties.Cell SOME_CELL =
            new CellsProperties.Cell("jdbc:postgresql://db2/kentra_cases", "kentra", "secret", null);

    @Test
    void noCellsConfiguredMeansTheDefaultCellOnly() {
        assertThat(new CellsProperties(null).cells()).isEmpty();
    }

    @Test
    void refusesToRedefineTheDefaultCell() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CellsProperties(Map.of("cell-1", SOME_CELL)))
                .withMessageContaining("spring.datasource");
    }

    @Test
    void refusesACellWithoutAUrl() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CellsProperties(
                Map.of("cell-2", new CellsProperties.Cell(" ", "kentra", "secret", null))))
                .withMessageContaining("kentra.cells.cell-2.url");
    }

    @Test
    void refusesACellNameThatIsNotASlug() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CellsProperties(Map.of("Cell_2", SOME_CELL)));
    }
}
