package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import gr.kentra.commons.facts.Vocabulary;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.EsfProtection;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, the attacker over what the other attacker tests leave out: overlapping ranges read together with their
 * months (Jan–Apr, Mar–Jun and the half year, each range = the sum of its months), the two tables of the same facts
 * (GEN11 counts events, GEN12 sums their attendance: {@code 0 <= GEN12 <= 1,000,000 × GEN11} cell by cell) with
 * their months, and the ESF tables of both programmes for each month together with those of the period over
 * them. Tables are protected as the service protects them ({@code MonthlyHiding}, {@code EsfProtection}), then
 * read by {@link LinkedAttacker}, which solves everything at once with its own links. Seeded generated populations
 * (small, so the linear programs stay quick); {@code -Dkentra.attack.seed=N} replays a seed.
 */
class LinkedPeriodsAttackTest {

    private static final int K = 5;
    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue();
    private static final long BASE = Long.getLong("kentra.attack.seed", 20261207L);

    @Test
    void overlappingRangesReadWithTheirMonthsLeaveNoSmallCountNarrowed() {
        for (int run = 0; run < 2; run++) {
            long seed = BASE + run;
            Random random = new Random(seed);
            Shape shape = Shape.random(random, 8 + random.nextInt(6), 2 + random.nextInt(2));
            Suppression suppression = new Suppression(K);
            LinkedAttacker attacker = new LinkedAttacker(K);
            List<Grid> months = new ArrayList<>();
            List<ProtectedGrid> protectedMonths = new ArrayList<>();
            for (int m = 1; m <= 6; m++) {
                Grid month = shape.grid(sparse(random, shape));
                months.add(month);
                protectedMonths.add(suppression.protect(month));
                attacker.read("M" + m, protectedMonths.get(m - 1));
            }
            for (int[] range : new int[][] {{1, 4}, {3, 6}, {1, 6}}) {
                String name = "M" + range[0] + "-M" + range[1];
                attacker.read(name, byMonths(suppression, shape, months, protectedMonths, range[0], range[1]));
                attacker.equal(name, names("M", range[0], range[1]));
            }
            assertThat(attacker.findings()).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
        }
    }

    @Test
    void eventsAndTheirAttendanceReadTogetherWithTheirMonthsLeaveNoSmallCountNarrowed() {
        for (int run = 0; run < 2; run++) {
            long seed = BASE + run;
            Random random = new Random(seed);
            Shape shape = Shape.random(random, 8 + random.nextInt(6), 3);
            Suppression suppression = new Suppression(K);
            LinkedAttacker attacker = new LinkedAttacker(K);
            Map<String, List<Grid>> months = new LinkedHashMap<>(Map.of("GEN11", new ArrayList<>(), "GEN12",
                    new ArrayList<>()));
            Map<String, List<ProtectedGrid>> published = new LinkedHashMap<>(Map.of("GEN11", new ArrayList<>(),
                    "GEN12", new ArrayList<>()));
            for (int m = 1; m <= 2; m++) {
                long[][] events = sparse(random, shape);
                long[][] attendance = new long[events.length][events[0].length];
                for (int r = 0; r < events.length; r++) {
                    for (int c = 0; c < events[r].length; c++) {
                        for (int e = 0; e < events[r][c]; e++) {
                            // Some events with nobody counted, most small, a few large.
                            attendance[r][c] += random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextInt(6) == 0 ? 60 : 4);
                        }
                    }
                }
                months.get("GEN11").add(shape.grid(events));
                months.get("GEN12").add(shape.grid(attendance));
                for (String code : List.of("GEN11", "GEN12")) {
                    ProtectedGrid month = suppression.protect(months.get(code).get(m - 1));
                    published.get(code).add(month);
                    attacker.read(code + "@M" + m, month);
                }
                attacker.sameFacts("GEN11@M" + m, "GEN12@M" + m, Vocabulary.MAX_QUANTITY);
            }
            for (String code : List.of("GEN11", "GEN12")) {
                attacker.read(code + "@M1-M2", byMonths(suppression, shape, months.get(code), published.get(code), 1, 2));
                attacker.equal(code + "@M1-M2", names(code + "@M", 1, 2));
            }
            attacker.sameFacts("GEN11@M1-M2", "GEN12@M1-M2", Vocabulary.MAX_QUANTITY);
            assertThat(attacker.findings()).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
        }
    }

    @Test
    void esfMonthsReadWithTheirPeriodLeaveNoSmallCountNarrowed() {
        long seed = Long.getLong("kentra.attack.seed", BASE);
        Random random = new Random(seed);
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("moschato-tavros/5001001", "attica");
        operations.put("elefsina/5001001", "attica");
        operations.put("mouzaki/5002001", "thessaly");
        List<Indicator> esf = CATALOGUE.allEsf();
        // The tables of one programme are read (both are protected together; both read together are the
        // generated populations of LinkedProtectionTest): three tables of 17 grids keep the programs quick.
        List<Indicator> read = CATALOGUE.esf("2021-2027").orElseThrow();
        Suppression suppression = new Suppression(K);
        LinkedAttacker attacker = new LinkedAttacker(K);
        List<LinkedProtectionTest.Participant> everyone = new ArrayList<>();
        Map<String, Set<String>> hiddenInMonths = new LinkedHashMap<>();
        for (int m = 1; m <= 2; m++) {
            List<LinkedProtectionTest.Participant> entered = new ArrayList<>();
            operations.forEach((operation, region) -> {
                int size = 3 + random.nextInt(14);
                for (int i = 0; i < size; i++) {
                    entered.add(LinkedProtectionTest.random(random, operation, region));
                }
            });
            everyone.addAll(entered);
            Map<String, ProtectedGrid> month = EsfProtection.protectLinked(suppression, esf,
                    LinkedProtectionTest.canonicalGrids(LinkedProtectionTest.grids(entered, operations)));
            String prefix = "M" + m + "/";
            for (Indicator indicator : esf) {
                hiddenInMonths.computeIfAbsent(indicator.code(), c -> new HashSet<>())
                        .addAll(month.get(indicator.code()).hiddenKeys());
            }
            read.forEach(i -> attacker.read(prefix + i.code(), month.get(i.code())));
            LinkedProtectionTest.ruleLinks(attacker, read, code -> prefix + code);
        }
        // The period as the service answers it: each indicator's own grid, hidden where its months' linked
        // protection hid (under the shared grid's code for an indicator the same as another).
        Map<String, Grid> period = LinkedProtectionTest.grids(everyone, operations);
        for (Indicator indicator : read) {
            Set<String> hidden = hiddenInMonths.get(EsfProtection.canonical(esf, indicator.code()));
            attacker.read("P/" + indicator.code(), suppression.protectWithin(period.get(indicator.code()), hidden));
            attacker.equal("P/" + indicator.code(), List.of("M1/" + indicator.code(), "M2/" + indicator.code()));
        }
        LinkedProtectionTest.ruleLinks(attacker, read, code -> "P/" + code);
        assertThat(attacker.findings()).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
    }

    /** A range protected by its months, as {@code MonthlyHiding} does: hidden where any month hides. */
    private static ProtectedGrid byMonths(Suppression suppression, Shape shape, List<Grid> months,
            List<ProtectedGrid> published, int from, int to) {
        long[][] sum = new long[shape.rows().size()][shape.columns().size()];
        Set<String> hidden = new HashSet<>();
        for (int m = from; m <= to; m++) {
            Grid month = months.get(m - 1);
            for (int r = 0; r < sum.length; r++) {
                for (int c = 0; c < sum[r].length; c++) {
                    sum[r][c] += month.count(r, c);
                }
            }
            hidden.addAll(published.get(m - 1).hiddenKeys());
        }
        return suppression.protectWithin(shape.grid(sum), hidden);
    }

    private static List<String> names(String prefix, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int m = from; m <= to; m++) {
            names.add(prefix + m);
        }
        return names;
    }

    /** A sparse month: a third of the centres idle, small counts mostly, a few large cells. */
    private static long[][] sparse(Random random, Shape shape) {
        long[][] counts = new long[shape.rows().size()][shape.columns().size()];
        for (int r = 0; r < counts.length; r++) {
            boolean active = random.nextInt(3) > 0;
            for (int c = 0; c < counts[r].length; c++) {
                counts[r][c] = active && random.nextInt(3) > 0 ? random.nextInt(random.nextInt(5) == 0 ? 30 : 6) : 0;
            }
        }
        return counts;
    }

    /** The rows (centres in regions) and columns every month of a generated indicator shares. */
    private record Shape(List<String> rows, List<String> groups, List<String> columns) {

        static Shape random(Random random, int rows, int columns) {
            List<String> keys = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                keys.add("centre-" + r);
                groups.add("region-" + random.nextInt(1 + rows / 5));
            }
            List<String> columnKeys = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                columnKeys.add("C" + c);
            }
            return new Shape(keys, groups, columnKeys);
        }

        Grid grid(long[][] counts) {
            return new Grid(rows, groups, columns, counts);
        }
    }
}
