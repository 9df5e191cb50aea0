package gr.kentra.reporting.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rough timing of protecting a national table: 260 centres in 13 regions (one with a single centre) by 10
 * and 20 columns, most counts large and some small. Prints the time; asserts only that the result is
 * sound, never a duration (the build machine is shared). Run with
 * {@code -Dkentra.excluded-test-groups=none -Dtest=SuppressionBenchmarkTest}.
 */
@Tag("benchmark")
class SuppressionBenchmarkTest {

    @Test
    void protectsANationalTableOf260CentresQuickly() {
        time(nationalTable(10, 0.08, 1), "260 x 10, 8% small");
        time(nationalTable(10, 0.03, 4), "260 x 10, 3% small");
        time(nationalTable(10, 0.25, 2), "260 x 10, 25% small");
        time(nationalTable(20, 0.08, 3), "260 x 20, 8% small");
    }

    private static void time(Grid grid, String label) {
        Suppression suppression = new Suppression(Suppression.DEFAULT_K);
        for (int i = 0; i < 5; i++) {
            suppression.protect(grid);
        }
        int runs = 20;
        long start = System.nanoTime();
        ProtectedGrid result = null;
        for (int i = 0; i < runs; i++) {
            result = suppression.protect(grid);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("suppression %s: %.1f ms per table, %d of %d values hidden%n", label, millis,
                result.hiddenCount(), PublishedValues.of(result).items().size());
        assertThat(PublishedValues.of(result).items()).filteredOn(item -> item.value() > 0 && item.value() < 5)
                .allMatch(PublishedValues.Item::hidden);
    }

    private static Grid nationalTable(int columns, double smallShare, long seed) {
        Random random = new Random(seed);
        long[][] counts = new long[260][columns];
        for (long[] row : counts) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble() < smallShare ? random.nextInt(7) : 20 + random.nextInt(400);
            }
        }
        List<String> centres = IntStream.range(0, 260).mapToObj(i -> "centre-" + i).toList();
        // Twelve regions share the centres; the thirteenth has a single centre, as some real regions do.
        List<String> regions = IntStream.range(0, 260).mapToObj(i -> "region-" + (i == 259 ? 12 : i % 12)).toList();
        return new Grid(centres, regions, IntStream.range(0, columns).mapToObj(c -> "column-" + c).toList(), counts);
    }
}
