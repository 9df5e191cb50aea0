package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.MonthlyHiding;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: GEN13 (referrals closed by service type and outcome) breaks GEN06 (by outcome) down, so a reader holding
 * both learns each GEN06 cell as the sum of GEN13's cells of its outcome, and could subtract. Generated months of
 * closed referrals are protected as the service protects them ({@code MonthlyHiding.protectLinked} for each month, a
 * period hiding what its months hide) and read by {@link LinkedAttacker} with its own link (a GEN13 column
 * {@code type|outcome} adds up into GEN06's {@code outcome}): two months and the period over them, both tables each.
 * Seeded; {@code -Dkentra.attack.seed=N} replays a seed.
 */
class ReferralOutcomesAttackTest {

    private static final int K = 5;
    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue();
    private static final long BASE = Long.getLong("kentra.attack.seed", 20261217L);
    private static final List<String> TYPES = List.of("HOSPITAL", "NGO", "DYPA");
    private static final List<String> OUTCOMES = List.of("COMPLETED", "DECLINED", "NO_RESPONSE");

    private final Indicator gen13 = CATALOGUE.generalIndicator("GEN13").orElseThrow();

    @Test
    void outcomesByServiceTypeReadWithOutcomesAndTheirMonthsLeaveNoSmallCountNarrowed() {
        for (int run = 0; run < 2; run++) {
            long seed = BASE + run;
            assertThat(attack(seed, this::together)).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
        }
    }

    /** The control: the same tables protected each on its own (the link left out) give small counts away. */
    @Test
    void protectedEachOnItsOwnTheTwoTablesWouldGiveSmallCountsAway() {
        List<LinkedAttacker.Finding> found = attack(BASE, (suppression, grids) -> {
            Map<String, ProtectedGrid> alone = new LinkedHashMap<>();
            grids.forEach((code, grid) -> alone.put(code, suppression.protect(grid)));
            return alone;
        });
        // Seed 20261217: 72 hidden small counts narrowed, e.g. a hospital's one unanswered referral shown 1..3.
        assertThat(found).as("seed %d", BASE).isNotEmpty();
    }

    private Map<String, ProtectedGrid> together(Suppression suppression, Map<String, Grid> grids) {
        return MonthlyHiding.protectLinked(suppression, CATALOGUE.breakdownGroup(gen13), grids);
    }

    private List<LinkedAttacker.Finding> attack(long seed,
            BiFunction<Suppression, Map<String, Grid>, Map<String, ProtectedGrid>> protection) {
        Random random = new Random(seed);
        int centres = 8 + random.nextInt(6);
        List<String> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int r = 0; r < centres; r++) {
            rows.add("centre-" + r);
            groups.add("region-" + random.nextInt(1 + centres / 5));
        }
        Suppression suppression = new Suppression(K);
        LinkedAttacker attacker = new LinkedAttacker(K);
        long[][] period = new long[centres][TYPES.size() * OUTCOMES.size()];
        Map<String, Set<String>> hiddenInMonths = new LinkedHashMap<>();
        for (int m = 1; m <= 2; m++) {
            long[][] closed = month(random, centres);
            for (int r = 0; r < centres; r++) {
                for (int c = 0; c < closed[r].length; c++) {
                    period[r][c] += closed[r][c];
                }
            }
            Map<String, ProtectedGrid> published = protection.apply(suppression, grids(rows, groups, closed));
            String prefix = "M" + m + "/";
            published.forEach((code, grid) -> {
                hiddenInMonths.computeIfAbsent(code, c -> new HashSet<>()).addAll(grid.hiddenKeys());
                attacker.read(prefix + code, grid);
            });
            attacker.breaksDown(prefix + "GEN06", prefix + "GEN13", key -> key.substring(key.indexOf('|') + 1));
        }
        // The period as the service answers it: each table's own grid, hidden where its months' protection hid.
        grids(rows, groups, period).forEach((code, grid) -> {
            attacker.read("P/" + code, suppression.protectWithin(grid, hiddenInMonths.get(code)));
            attacker.equal("P/" + code, List.of("M1/" + code, "M2/" + code));
        });
        attacker.breaksDown("P/GEN06", "P/GEN13", key -> key.substring(key.indexOf('|') + 1));
        return attacker.findings();
    }

    /** A month of closed referrals per centre, type and outcome: a third of the centres idle, mostly small counts. */
    private static long[][] month(Random random, int centres) {
        long[][] closed = new long[centres][TYPES.size() * OUTCOMES.size()];
        for (int r = 0; r < centres; r++) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            int referrals = random.nextInt(random.nextInt(5) == 0 ? 40 : 12);
            for (int i = 0; i < referrals; i++) {
                // Hospitals and completions more often than the rest.
                int type = Math.min(random.nextInt(TYPES.size() + 1), TYPES.size() - 1);
                int outcome = random.nextInt(5) < 3 ? 0 : 1 + random.nextInt(OUTCOMES.size() - 1);
                closed[r][type * OUTCOMES.size() + outcome]++;
            }
        }
        return closed;
    }

    /** GEN13's grid (a column per type and outcome) and GEN06's (its sums per outcome), as the service reads them. */
    private static Map<String, Grid> grids(List<String> rows, List<String> groups, long[][] closed) {
        List<String> pairs = new ArrayList<>();
        TYPES.forEach(t -> OUTCOMES.forEach(o -> pairs.add(t + "|" + o)));
        long[][] byOutcome = new long[rows.size()][OUTCOMES.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < pairs.size(); c++) {
                byOutcome[r][c % OUTCOMES.size()] += closed[r][c];
            }
        }
        Map<String, Grid> grids = new LinkedHashMap<>();
        grids.put("GEN13", new Grid(rows, groups, pairs, closed));
        grids.put("GEN06", new Grid(rows, groups, OUTCOMES, byOutcome));
        return grids;
    }
}
