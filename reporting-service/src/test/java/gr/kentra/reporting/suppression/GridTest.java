package gr.kentra.reporting.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class GridTest {

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new Grid(List.of("a"), List.of("g"), List.of("x"), new long[][] {{-1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void refusesCountsThatDoNotMatchTheKeys() {
        assertThatThrownBy(() -> new Grid(List.of("a", "b"), List.of("g", "g"), List.of("x"), new long[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grid(List.of("a"), List.of("g"), List.of("x", "y"), new long[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grid(List.of("a"), List.of("g", "h"), List.of("x"), new long[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> new Grid(List.of("a", "a"), List.of("g", "g"), List.of("x"), new long[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate row key");
    }

    @Test
    void cannotBeChangedThroughTheArrays() {
        long[][] counts = {{1, 2}};
        Grid grid = new Grid(List.of("a"), List.of("g"), List.of("x", "y"), counts);

        counts[0][0] = 99;
        grid.counts()[0][1] = 99;

        assertThat(grid.count(0, 0)).isEqualTo(1);
        assertThat(grid.count(0, 1)).isEqualTo(2);
        assertThat(grid).isEqualTo(new Grid(List.of("a"), List.of("g"), List.of("x", "y"), new long[][] {{1, 2}}));
    }

    @Test
    void listsGroupsInTheOrderOfTheirFirstRow() {
        Grid grid = new Grid(List.of("a", "b", "c"), List.of("thessaly", "attica", "thessaly"), List.of("x"),
                new long[][] {{1}, {2}, {3}});

        assertThat(grid.groups()).containsExactly("thessaly", "attica");
    }
}
