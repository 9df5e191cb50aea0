package gr.kentra.tenants.centre.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellsPropertiesTest {

    @Test
    void withNothingConfiguredThereIsTheDefaultCellOnly() {
        assertThat(new CellsProperties(null).cells()).containsExactly("cell-1");
    }

    @Test
    void refusesAListWithoutTheDefaultCell() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CellsProperties(List.of("cell-2")))
                .withMessageContaining("cell-1");
    }

    @Test
    void refusesACellNameThatIsNotASlug() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CellsProperties(List.of("cell-1", "Cell 2")));
    }

    @Test
    void knowsItsCells() {
        CellsProperties cells = new CellsProperties(List.of("cell-1", "cell-2"));
        assertThat(cells.exists("cell-2")).isTrue();
        assertThat(cells.exists("cell-3")).isFalse();
    }
}
