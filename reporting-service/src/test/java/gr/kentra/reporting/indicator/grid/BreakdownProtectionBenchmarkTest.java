package gr.kentra.reporting.indicator.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timing of GEN13 (referral outcomes by ten service types) protected linked with GEN06 for one month of the
 * national population {@code ReportingBenchmarkTest} loads (the same formulas, without the database). Prints the
 * time; asserts only that the result is sound. Run with
 * {@code -Dkentra.excluded-test-groups=none -Dtest=BreakdownProtectionBenchmarkTest}.
 */
@Tag("benchmark")
class BreakdownProtectionBenchmarkTest {

    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue();
    private static final List<String> TYPES = List.of("MUNICIPAL_SOCIAL_GROCERY", "MUNICIPAL_SOCIAL_PHARMACY",
            "MUNICIPAL_HOME_HELP", "DYPA", "HOSPITAL", "KEPA", "NGO", "PROSECUTOR", "OTHER_PUBLIC", "OTHER");
    private static final List<String> OUTCOMES = List.of("COMPLETED", "DECLINED", "NO_RESPONSE");

    @Test
    void protectsAMonthOfReferralOutcomesByServiceTypeOf250Centres() {
        Indicator gen13 = CATALOGUE.generalIndicator("GEN13").orElseThrow();
        Suppression suppression = new Suppression(Suppression.DEFAULT_K);
        // The benchmark's formulas close referrals in March, June, September and December only.
        for (int month = 3; month <= 12; month += 3) {
            Map<String, Grid> grids = month(month);
            long start = System.nanoTime();
            Map<String, ProtectedGrid> result = MonthlyHiding.protectLinked(suppression,
                    CATALOGUE.breakdownGroup(gen13), grids);
            long millis = (System.nanoTime() - start) / 1_000_000;
            int small = 0;
            Grid g = grids.get("GEN13");
            for (int r = 0; r < g.rowCount(); r++) {
                for (int c = 0; c < g.columnCount(); c++) {
                    small += g.count(r, c) > 0 && g.count(r, c) < 5 ? 1 : 0;
                }
            }
            System.out.printf("BENCHMARK GEN13+GEN06 2026-%02d: %d ms, %d small cells, GEN13 %d hidden, GEN06 %d hidden%n",
                    month, millis, small, result.get("GEN13").hiddenCount(), result.get("GEN06").hiddenCount());
            assertThat(result.get("GEN13").hiddenCount()).isGreaterThanOrEqualTo(small);
        }
    }

    /** One month's REFERRAL_CLOSED facts as ReportingBenchmarkTest generates them (1,000,000 facts in all). */
    static Map<String, Grid> month(int month) {
        List<String> pairs = new ArrayList<>();
        TYPES.forEach(t -> OUTCOMES.forEach(o -> pairs.add(t + "|" + o)));
        long[][] closed = new long[250][pairs.size()];
        boolean[] seen = new boolean[250];
        for (long i = 1; i <= 1_000_000; i++) {
            if ((i * 31) % 15 != 5 || 1 + i % 12 != month) {
                continue;
            }
            long p = (i * 7919) % 300000;
            int c = (int) ((Math.floor(250 * Math.pow((p % 10007) / 10007.0, 2)) + (i % 17 == 0 ? 1 : 0)) % 250);
            int type = (int) ((i / 45) % 10);
            int outcome = (int) ((i / 15) % 3);
            closed[c][pairs.indexOf(TYPES.get(type) + "|" + OUTCOMES.get(outcome))]++;
            seen[c] = true;
        }
        List<String> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<long[]> kept = new ArrayList<>();
        for (int c = 0; c < 250; c++) {
            if (seen[c]) {
                rows.add("centre-%03d".formatted(c));
                groups.add("region-" + (c % 13));
                kept.add(closed[c]);
            }
        }
        long[][] counts = kept.toArray(long[][]::new);
        long[][] byOutcome = new long[counts.length][OUTCOMES.size()];
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < pairs.size(); c++) {
                byOutcome[r][c % OUTCOMES.size()] += counts[r][c];
            }
        }
        Map<String, Grid> grids = new LinkedHashMap<>();
        grids.put("GEN13", new Grid(rows, groups, pairs, counts));
        grids.put("GEN06", new Grid(rows, groups, OUTCOMES, byOutcome));
        return grids;
    }
}
